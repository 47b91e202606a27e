package com.voiceorder.dashboard.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.voiceorder.base.ui.AdminPage;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.application.RestaurantSummary;
import jakarta.inject.Inject;

/** Every restaurant, active or not (administrators): create one, change its identity, deactivate it. */
@Route(value = AdminPage.RESTAURANTS, layout = MainLayout.class)
@CdiComponent
public class AdminRestaurantsView extends VerticalLayout implements AdminPage, HasDynamicTitle {

    private final RestaurantService restaurants;
    private final Grid<RestaurantSummary> grid = new Grid<>();

    @Inject
    public AdminRestaurantsView(RestaurantService restaurants) {
        this.restaurants = restaurants;
        setSizeFull();
        Button create = new Button(getTranslation("admin.restaurants.new"), VaadinIcon.PLUS.create(),
                e -> new RestaurantDialog(restaurants, null, null, this::reload).open());
        create.setId("restaurant-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("restaurants-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(r -> new Anchor(MainLayout.restaurantPath(r.id(), ""), r.name()))
                .setHeader(getTranslation("admin.restaurant.name")).setFlexGrow(1);
        grid.addColumn(RestaurantSummary::slug).setHeader(getTranslation("admin.restaurant.slug")).setAutoWidth(true);
        grid.addColumn(RestaurantSummary::city).setHeader(getTranslation("admin.restaurant.city")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.active() ? "admin.restaurant.active" : "admin.restaurant.inactive"))
                .setHeader(getTranslation("today.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        add(new H2(getTranslation("nav.admin.restaurants")), create, grid);
        addAttachListener(attach -> reload());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.restaurants");
    }

    private void reload() {
        grid.setItems(restaurants.list(false));
    }

    private HorizontalLayout actions(RestaurantSummary restaurant) {
        Button edit = new Button(getTranslation("reservations.edit"), VaadinIcon.EDIT.create(),
                e -> new RestaurantDialog(restaurants, restaurant.id(), restaurants.get(restaurant.id()).profile(),
                        this::reload).open());
        edit.setId("restaurant-edit-" + restaurant.id());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button toggle;
        if (restaurant.active()) {
            toggle = new Button(getTranslation("admin.restaurants.deactivate"), e -> confirmDeactivate(restaurant));
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
            toggle.setId("restaurant-deactivate-" + restaurant.id());
        } else {
            toggle = new Button(getTranslation("admin.restaurants.activate"), e -> Actions.run(this,
                    () -> restaurants.activate(restaurant.id()), this::reload));
            toggle.setId("restaurant-activate-" + restaurant.id());
        }
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(edit, toggle);
    }

    private void confirmDeactivate(RestaurantSummary restaurant) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("restaurant-deactivate-confirm");
        dialog.setHeader(getTranslation("admin.restaurants.deactivate-title", restaurant.name()));
        dialog.setText(getTranslation("admin.restaurants.deactivate-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.back"));
        dialog.setConfirmText(getTranslation("admin.restaurants.deactivate"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> Actions.run(this, () -> restaurants.deactivate(restaurant.id()), this::reload));
        dialog.open();
    }
}
