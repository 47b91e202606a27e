package com.voiceorder.dashboard.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.voiceorder.base.ui.AccessGuard;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.calls.application.AssistantTesting;
import com.voiceorder.calls.application.CallLogService;
import com.voiceorder.calls.application.PhoneLineService;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.restaurant.domain.RestaurantProfile;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * The restaurant's settings, for its owners only (staff get "not found", like members of other
 * restaurants): identity and address, opening hours and closures, delivery, kitchen capacity,
 * phone lines and their assistant. Every save checks again on the server that the user is an owner.
 */
@Route(value = "r/:" + AccessGuard.RESTAURANT_PARAMETER + "/settings", layout = MainLayout.class)
@CdiComponent
public class SettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RestaurantService restaurants;
    private final PhoneLineService lines;
    private final AssistantTesting testing;
    private final CallLogService callLog;
    private TabSheet tabs = new TabSheet();
    private final Grid<PhoneLine> lineGrid = new Grid<>();
    private final Div identity = new Div();
    private RestaurantPage restaurant;

    @Inject
    public SettingsView(RestaurantService restaurants, PhoneLineService lines, AssistantTesting testing,
                        CallLogService callLog) {
        this.restaurants = restaurants;
        this.lines = lines;
        this.testing = testing;
        this.callLog = callLog;
        setSizeFull();
        tabs.setId("settings-tabs");
        tabs.setWidthFull();
        lineGrid.setId("settings-lines");
        lineGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        lineGrid.setAllRowsVisible(true);
        add(new H2(getTranslation("settings.nav")), tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restaurant = RestaurantPage.of(restaurants.get(RestaurantPage.idOf(event)));
        if (!OwnerOnly.allowed(restaurant)) {
            event.rerouteToError(NotFoundException.class, "Not found");
            return;
        }
        build();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.nav");
    }

    private void build() {
        TabSheet previous = tabs;
        tabs = new TabSheet();
        tabs.setId("settings-tabs");
        tabs.setWidthFull();
        replace(previous, tabs);
        Restaurant current = restaurants.get(restaurant.id());
        Runnable check = () -> OwnerOnly.require(this, restaurant);
        Runnable saved = () -> Actions.done(getTranslation("settings.saved"));
        tabs.add(getTranslation("settings.tab.identity"), identityTab(current.profile()));
        VerticalLayout hours = new VerticalLayout(
                new OpeningHoursForm(restaurant.id(), restaurants, current.openingHours(), check, saved),
                new ClosuresForm(restaurant.id(), restaurants, current.closures(), check, saved));
        hours.setPadding(false);
        tabs.add(getTranslation("settings.tab.hours"), hours);
        tabs.add(getTranslation("settings.tab.delivery"), new DeliveryForm(restaurant.id(), restaurant.moneyLocale(),
                restaurants, current.deliveryRules(), current.deliveryZones(), check, saved));
        tabs.add(getTranslation("settings.tab.kitchen"),
                new KitchenForm(restaurant.id(), restaurants, current.kitchenCapacity(), check, saved));
        tabs.add(getTranslation("settings.tab.lines"), linesTab());
    }

    private Component identityTab(RestaurantProfile profile) {
        identity.removeAll();
        identity.setId("settings-identity");
        VerticalLayout facts = new VerticalLayout();
        facts.setPadding(false);
        facts.setSpacing(false);
        fact(facts, "admin.restaurant.name", profile.name(), "settings-identity-name");
        fact(facts, "settings.identity.address", String.join(" ", Objects.requireNonNullElse(profile.street(), ""),
                Objects.requireNonNullElse(profile.postalCode(), ""), Objects.requireNonNullElse(profile.city(), ""),
                Objects.requireNonNullElse(profile.countryCode(), "")).strip(), "settings-identity-address");
        fact(facts, "orders.phone", profile.phone() == null ? "—" : profile.phone().national(), "settings-identity-phone");
        fact(facts, "admin.restaurant.email", Objects.requireNonNullElse(profile.email(), "—"), "settings-identity-email");
        fact(facts, "admin.restaurant.time-zone", profile.timeZone().getId(), "settings-identity-zone");
        fact(facts, "admin.restaurant.language", getTranslation("admin.restaurant.language." + profile.language()),
                "settings-identity-language");
        Button edit = new Button(getTranslation("settings.identity.edit"), VaadinIcon.EDIT.create(),
                e -> new RestaurantDialog(restaurants, restaurant.id(), restaurants.get(restaurant.id()).profile(),
                        this::identitySaved).checkedBy(() -> OwnerOnly.require(this, restaurant)).open());
        edit.setId("settings-identity-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        identity.add(facts, edit);
        return identity;
    }

    private static void fact(VerticalLayout facts, String labelKey, String value, String id) {
        Span label = new Span(facts.getTranslation(labelKey) + " : ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.setId(id);
        facts.add(new HorizontalLayout(label, text));
    }

    private Component linesTab() {
        lineGrid.removeAllColumns();
        lineGrid.addColumn(PhoneLine::getNumber).setHeader(getTranslation("settings.line.number")).setAutoWidth(true);
        lineGrid.addColumn(line -> Objects.requireNonNullElse(line.getDisplayName(), ""))
                .setHeader(getTranslation("settings.line.display-name")).setAutoWidth(true);
        lineGrid.addColumn(line -> getTranslation("admin.line.mode." + line.getMode().name()))
                .setHeader(getTranslation("settings.line.mode")).setAutoWidth(true);
        lineGrid.addColumn(line -> line.getSipAccount() == null ? "—"
                        : line.getSipAccount().getUsername() + "@" + line.getSipAccount().getRegistrarHost())
                .setHeader(getTranslation("settings.line.sip")).setAutoWidth(true);
        lineGrid.addColumn(line -> getTranslation(line.isEnabled() ? "settings.line.on" : "settings.line.off"))
                .setHeader(getTranslation("settings.line.enabled")).setAutoWidth(true);
        lineGrid.addComponentColumn(this::lineButtons).setAutoWidth(true);
        lineGrid.setItems(lines.list(restaurant.id()));
        Button add = new Button(getTranslation("settings.line.new"), VaadinIcon.PLUS.create(), e -> openLine(null));
        add.setId("settings-line-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout tab = new VerticalLayout(add, lineGrid);
        tab.setPadding(false);
        return tab;
    }

    private Component lineButtons(PhoneLine line) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openLine(lines.get(restaurant.id(), line.getId())));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("settings.line.edit"));
        edit.addClassName("settings-line-edit");
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> DeleteConfirmation.open(this,
                getTranslation("settings.line.label", line.getNumber()), () -> Actions.run(this, () -> {
                    OwnerOnly.require(this, restaurant);
                    lines.delete(restaurant.id(), line.getId());
                }, this::refreshLines)));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("catalog.delete"));
        delete.addClassName("settings-line-delete");
        Button test = new Button(VaadinIcon.MICROPHONE.create(), e -> new AssistantTestDialog(testing, callLog,
                restaurant, lines.get(restaurant.id(), line.getId())).open());
        test.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        test.setAriaLabel(getTranslation("settings.line.test"));
        test.setTooltipText(getTranslation("settings.line.test"));
        test.addClassName("settings-line-test");
        return new HorizontalLayout(test, edit, delete);
    }

    private void openLine(PhoneLine line) {
        new PhoneLineDialog(restaurant.id(), restaurant.countryCode(), lines, line,
                () -> OwnerOnly.require(this, restaurant), () -> {
                    Actions.done(getTranslation("settings.saved"));
                    refreshLines();
                }).open();
    }

    private void refreshLines() {
        lineGrid.setItems(lines.list(restaurant.id()));
    }

    private void identitySaved() {
        Actions.done(getTranslation("settings.saved"));
        Restaurant current = restaurants.get(restaurant.id());
        restaurant = RestaurantPage.of(current);
        identityTab(current.profile());
    }
}
