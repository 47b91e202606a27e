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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.voiceorder.base.ui.AccessGuard;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.restaurant.application.FaqService;
import com.voiceorder.restaurant.application.FaqView;
import com.voiceorder.restaurant.application.RestaurantService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/**
 * The questions the phone agent answers from. Entries it learned during calls wait for an owner
 * to answer and approve them; owners also write, reword and delete entries. Staff read them.
 */
@Route(value = "r/:" + AccessGuard.RESTAURANT_PARAMETER + "/faq", layout = MainLayout.class)
@CdiComponent
public class FaqListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Which entries the list shows. */
    enum Shown { ALL, TO_APPROVE, APPROVED }

    private final FaqService faqs;
    private final RestaurantService restaurants;
    private final Select<Shown> shown = new Select<>();
    private final Grid<FaqView> grid = new Grid<>();
    private final Button create;
    private RestaurantPage restaurant;
    private boolean owner;

    @Inject
    public FaqListView(FaqService faqs, RestaurantService restaurants) {
        this.faqs = faqs;
        this.restaurants = restaurants;
        setSizeFull();
        shown.setLabel(getTranslation("faq.shown"));
        shown.setId("faq-shown");
        shown.setItems(Shown.values());
        shown.setItemLabelGenerator(value -> getTranslation("faq.shown." + value.name()));
        shown.setValue(Shown.ALL);
        shown.addValueChangeListener(e -> reload());
        create = new Button(getTranslation("faq.new"), VaadinIcon.PLUS.create(), e -> open(null));
        create.setId("faq-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("faq-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H2(getTranslation("nav.faq")), PageParts.filters(shown, create), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restaurant = RestaurantPage.of(restaurants.get(RestaurantPage.idOf(event)));
        owner = OwnerOnly.allowed(restaurant);
        create.setVisible(owner);
        grid.removeAllColumns();
        grid.addColumn(FaqView::question).setHeader(getTranslation("faq.question")).setFlexGrow(2);
        grid.addColumn(f -> Objects.requireNonNullElse(f.answer(), "—")).setHeader(getTranslation("faq.answer")).setFlexGrow(3);
        grid.addColumn(this::status).setHeader(getTranslation("today.status")).setAutoWidth(true);
        if (owner) {
            grid.addComponentColumn(this::buttons).setAutoWidth(true);
        }
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.faq") + (restaurant == null ? "" : " · " + restaurant.name());
    }

    private String status(FaqView faq) {
        String approval = getTranslation(faq.approved() ? "faq.approved" : "faq.to-approve");
        return faq.learnedFromCallId() == null ? approval : approval + " · " + getTranslation("faq.learned");
    }

    private Component buttons(FaqView faq) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (!faq.approved()) {
            Button approve = new Button(getTranslation("faq.approve"), VaadinIcon.CHECK.create(), e -> approve(faq));
            approve.setId("faq-approve-" + faq.id());
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            buttons.add(approve);
        }
        Button edit = RowButtons.edit(this, "faq-edit-" + faq.id(), "faq.edit", () -> open(faq));
        Button delete = RowButtons.delete(this, restaurant, "faq-delete-" + faq.id(), faq.question(),
                () -> faqs.delete(restaurant.id(), faq.id()), this::reload);
        buttons.add(edit, delete);
        return buttons;
    }

    /** An answered entry is approved at once; one without an answer opens so the owner writes it first. */
    private void approve(FaqView faq) {
        if (faq.answer() == null || faq.answer().isBlank()) {
            open(faq);
            return;
        }
        Actions.run(this, () -> {
            OwnerOnly.require(this, restaurant);
            faqs.approve(restaurant.id(), faq.id());
        }, this::reload);
    }

    private void open(FaqView editing) {
        if (owner) {
            new FaqDialog(restaurant, faqs, editing, this::reload).open();
        }
    }

    private void reload() {
        if (restaurant == null) {
            return;
        }
        List<FaqView> entries = faqs.listByApproval(restaurant.id(), switch (shown.getValue()) {
            case ALL -> null;
            case TO_APPROVE -> false;
            case APPROVED -> true;
        });
        grid.setItems(entries);
    }
}
