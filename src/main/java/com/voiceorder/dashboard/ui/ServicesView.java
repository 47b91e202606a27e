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
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.restaurant.application.RestaurantService;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.stream.Collectors;

/** The restaurant's dining services (lunch, dinner, brunch…). Owners edit them; staff read them. */
@Route(value = "r/:" + AccessGuard.RESTAURANT_PARAMETER + "/services", layout = MainLayout.class)
@CdiComponent
public class ServicesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DiningSetupService dining;
    private final RestaurantService restaurants;
    private final Grid<DiningService> grid = new Grid<>();
    private final Button create;
    private RestaurantPage restaurant;
    private boolean owner;

    @Inject
    public ServicesView(DiningSetupService dining, RestaurantService restaurants) {
        this.dining = dining;
        this.restaurants = restaurants;
        setSizeFull();
        create = new Button(getTranslation("services.new"), VaadinIcon.PLUS.create(), e -> open(null));
        create.setId("service-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("services-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        add(new H2(getTranslation("services.nav")), create, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restaurant = RestaurantPage.of(restaurants.get(RestaurantPage.idOf(event)));
        owner = OwnerOnly.allowed(restaurant);
        create.setVisible(owner);
        grid.removeAllColumns();
        grid.addColumn(DiningService::getName).setHeader(getTranslation("services.name")).setFlexGrow(1);
        grid.addColumn(s -> getTranslation("services.kind." + s.getKind().name())).setHeader(getTranslation("services.kind"))
                .setAutoWidth(true);
        grid.addColumn(s -> days(s.getWeekdays())).setHeader(getTranslation("services.weekdays")).setAutoWidth(true);
        grid.addColumn(s -> RestaurantPage.TIME.format(s.getStartTime()) + " – " + RestaurantPage.TIME.format(s.getLastSeating()))
                .setHeader(getTranslation("services.hours")).setAutoWidth(true);
        grid.addColumn(s -> s.getSlotIntervalMinutes() + " min").setHeader(getTranslation("services.slot")).setAutoWidth(true);
        grid.addColumn(DiningService::getMaxCovers).setHeader(getTranslation("services.max-covers")).setAutoWidth(true);
        grid.addColumn(s -> s.getDefaultDurationMinutes() + " min").setHeader(getTranslation("services.duration"))
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.isActive() ? "rooms.yes" : "rooms.no")).setHeader(getTranslation("rooms.active"))
                .setAutoWidth(true);
        if (owner) {
            grid.addComponentColumn(this::buttons).setAutoWidth(true);
        }
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("services.nav") + (restaurant == null ? "" : " · " + restaurant.name());
    }

    private String days(Collection<DayOfWeek> days) {
        return days.stream().sorted().map(d -> d.getDisplayName(TextStyle.SHORT, getLocale()))
                .collect(Collectors.joining(" "));
    }

    private Component buttons(DiningService service) {
        Button edit = RowButtons.edit(this, "service-edit-" + service.getId(), "services.edit", () -> open(service));
        Button delete = RowButtons.delete(this, restaurant, "service-delete-" + service.getId(), service.getName(),
                () -> dining.deleteService(restaurant.id(), service.getId()), this::reload);
        return new HorizontalLayout(edit, delete);
    }

    private void open(DiningService editing) {
        if (owner) {
            new ServiceDialog(restaurant, dining, editing, () -> OwnerOnly.require(this, restaurant), this::reload).open();
        }
    }

    private void reload() {
        if (restaurant != null) {
            grid.setItems(dining.listServices(restaurant.id()));
        }
    }
}
