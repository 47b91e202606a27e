package com.voiceorder.dashboard.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.voiceorder.base.ui.AccessGuard;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.menu.application.FormulaView;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.Offer;
import com.voiceorder.restaurant.application.RestaurantService;
import jakarta.inject.Inject;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The restaurant's offers and their rules. Owners edit them; staff read them. */
@Route(value = "r/:" + AccessGuard.RESTAURANT_PARAMETER + "/offers", layout = MainLayout.class)
@CdiComponent
public class OffersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DiningSetupService dining;
    private final MenuService menu;
    private final RestaurantService restaurants;
    private final Grid<Offer> grid = new Grid<>();
    private final Button create;
    private RestaurantPage restaurant;
    private boolean owner;
    private List<DiningService> services = List.of();
    private List<FormulaView> formulas = List.of();

    @Inject
    public OffersView(DiningSetupService dining, MenuService menu, RestaurantService restaurants) {
        this.dining = dining;
        this.menu = menu;
        this.restaurants = restaurants;
        setSizeFull();
        create = new Button(getTranslation("offers.new"), VaadinIcon.PLUS.create(), e -> open(null));
        create.setId("offer-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("offers-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H2(getTranslation("offers.nav")), create, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restaurant = RestaurantPage.of(restaurants.get(RestaurantPage.idOf(event)));
        owner = OwnerOnly.allowed(restaurant);
        create.setVisible(owner);
        grid.removeAllColumns();
        grid.addColumn(Offer::getName).setHeader(getTranslation("offers.name")).setFlexGrow(1);
        grid.addColumn(this::validity).setHeader(getTranslation("offers.validity")).setAutoWidth(true);
        grid.addColumn(this::rules).setHeader(getTranslation("offers.rules")).setFlexGrow(2);
        grid.addColumn(o -> getTranslation(o.isActive() ? "rooms.yes" : "rooms.no")).setHeader(getTranslation("rooms.active"))
                .setAutoWidth(true);
        if (owner) {
            grid.addComponentColumn(this::buttons).setAutoWidth(true);
        }
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offers.nav") + (restaurant == null ? "" : " · " + restaurant.name());
    }

    private String validity(Offer offer) {
        if (offer.getValidFrom() == null && offer.getValidTo() == null) {
            return getTranslation("offers.always");
        }
        return (offer.getValidFrom() == null ? "…" : offer.getValidFrom().toString()) + " → "
                + (offer.getValidTo() == null ? "…" : offer.getValidTo().toString());
    }

    private String rules(Offer offer) {
        Map<Long, String> names = services.stream().collect(Collectors.toMap(DiningService::getId, DiningService::getName));
        String days = offer.getWeekdays().isEmpty() ? getTranslation("offers.any-day")
                : offer.getWeekdays().stream().sorted().map(d -> d.getDisplayName(TextStyle.SHORT, getLocale()))
                .collect(Collectors.joining(" "));
        String onServices = offer.getServiceIds().isEmpty() ? getTranslation("offers.any-service")
                : offer.getServiceIds().stream().map(id -> names.getOrDefault(id, "#" + id)).sorted()
                .collect(Collectors.joining(", "));
        String party = offer.getMaxPartySize() == null ? getTranslation("offers.party-from", offer.getMinPartySize())
                : getTranslation("offers.party-between", offer.getMinPartySize(), offer.getMaxPartySize());
        String offered = formulas.stream().filter(f -> f.id().equals(offer.getFormulaId())).findFirst()
                .map(f -> " · " + f.name()).orElse("");
        return days + " · " + onServices + " · " + party + offered;
    }

    private Component buttons(Offer offer) {
        Button edit = RowButtons.edit(this, "offer-edit-" + offer.getId(), "offers.edit", () -> open(offer));
        Button delete = RowButtons.delete(this, restaurant, "offer-delete-" + offer.getId(), offer.getName(),
                () -> dining.deleteOffer(restaurant.id(), offer.getId()), this::reload);
        return new HorizontalLayout(edit, delete);
    }

    private void open(Offer editing) {
        if (owner) {
            new OfferDialog(restaurant, dining, services, formulas, editing, () -> OwnerOnly.require(this, restaurant),
                    this::reload).open();
        }
    }

    private void reload() {
        if (restaurant != null) {
            services = dining.listServices(restaurant.id());
            formulas = menu.listFormulas(restaurant.id(), false);
            grid.setItems(dining.listOffers(restaurant.id()));
        }
    }
}
