package com.voiceorder.dashboard.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.voiceorder.base.ui.AccessGuard;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.customers.application.CustomerCommand;
import com.voiceorder.customers.application.CustomerService;
import com.voiceorder.customers.application.CustomerSummary;
import com.voiceorder.customers.application.OrderHistory;
import com.voiceorder.customers.application.PastOrder;
import com.voiceorder.customers.domain.Customer;
import com.voiceorder.customers.domain.CustomerAddress;
import com.voiceorder.reservations.application.ReservationService;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.restaurant.application.RestaurantService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The restaurant's customers, found by name or phone, with what the team knows of one: past
 * orders and reservations, saved addresses, allergies and notes. Anyone of the team may write
 * the allergies and notes (they take the calls); the rest comes from orders and calls.
 */
@Route(value = "r/:" + AccessGuard.RESTAURANT_PARAMETER + "/customers", layout = MainLayout.class)
@CdiComponent
public class CustomersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int LIST_LIMIT = 100;

    private final CustomerService customers;
    private final OrderHistory orders;
    private final ReservationService reservations;
    private final RestaurantService restaurants;
    private final TextField search = new TextField();
    private final Grid<CustomerSummary> grid = new Grid<>();
    private final VerticalLayout details = new VerticalLayout();
    private RestaurantPage restaurant;

    @Inject
    public CustomersView(CustomerService customers, OrderHistory orders, ReservationService reservations,
                         RestaurantService restaurants) {
        this.customers = customers;
        this.orders = orders;
        this.reservations = reservations;
        this.restaurants = restaurants;
        setSizeFull();
        search.setLabel(getTranslation("customers.search"));
        search.setId("customer-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> reload());
        grid.addColumn(c -> Objects.requireNonNullElse(c.name(), "—")).setHeader(getTranslation("customers.name")).setFlexGrow(1);
        grid.addColumn(CustomerSummary::phone).setHeader(getTranslation("customers.phone")).setAutoWidth(true);
        grid.addColumn(CustomerSummary::orderCount).setHeader(getTranslation("customers.orders")).setAutoWidth(true);
        grid.addColumn(CustomerSummary::visitCount).setHeader(getTranslation("customers.visits")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        details.setPadding(false);
        add(new H2(getTranslation("customers.nav")), PageParts.filters(search),
                PageParts.listWithDetails(grid, "customers-grid", details, "customer-details", "28rem"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restaurant = RestaurantPage.of(restaurants.get(RestaurantPage.idOf(event)));
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customers.nav") + (restaurant == null ? "" : " · " + restaurant.name());
    }

    private void reload() {
        if (restaurant != null) {
            grid.setItems(customers.search(restaurant.id(), search.getValue().strip(), 0, LIST_LIMIT));
            show(null);
        }
    }

    private void show(CustomerSummary summary) {
        details.removeAll();
        if (summary == null) {
            details.add(new Span(getTranslation("customers.choose")));
            return;
        }
        Customer customer = customers.get(restaurant.id(), summary.id());
        H3 title = new H3(customer.fullName().orElse(customer.phone().e164()));
        title.setId("customer-title");
        details.add(title, new Paragraph(customer.phone().e164()
                + (customer.email() == null ? "" : " · " + customer.email())));
        TextArea allergies = new TextArea(getTranslation("customers.allergies"));
        allergies.setId("customer-allergies");
        allergies.setWidthFull();
        allergies.setMaxLength(1000);
        allergies.setValue(Objects.requireNonNullElse(customer.allergies(), ""));
        TextArea notes = new TextArea(getTranslation("customers.notes"));
        notes.setId("customer-notes");
        notes.setWidthFull();
        notes.setMaxLength(2000);
        notes.setValue(Objects.requireNonNullElse(customer.notes(), ""));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (Actions.run(this, () -> customers.update(restaurant.id(), customer.getId(), new CustomerCommand(
                    customer.phone().e164(), customer.firstName(), customer.lastName(), customer.email(),
                    blankToNull(allergies.getValue()), blankToNull(notes.getValue()))), () -> { })) {
                Actions.done(getTranslation("customers.saved"));
            }
        });
        save.setId("customer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        details.add(allergies, notes, save);

        details.add(new H4(getTranslation("customers.addresses")));
        List<CustomerAddress> addresses = customer.addresses();
        if (addresses.isEmpty()) {
            details.add(new Span("—"));
        }
        addresses.forEach(address -> details.add(new Span(address.oneLine())));

        details.add(new H4(getTranslation("customers.past-orders")));
        List<PastOrder> past = orders.recentOrders(restaurant.id(), customer.getId(), 10);
        if (past.isEmpty()) {
            details.add(new Span("—"));
        }
        past.forEach(order -> details.add(new Span(restaurant.dateTime(getLocale()).format(order.placedAt()) + " · "
                + String.join(", ", order.lines()))));

        details.add(new H4(getTranslation("customers.reservations")));
        LocalDate today = LocalDate.now(restaurant.zone());
        List<Reservation> booked = reservations.findByPhone(restaurant.id(), customer.phone(), today.minusYears(1),
                today.plusYears(1));
        if (booked.isEmpty()) {
            details.add(new Span("—"));
        }
        booked.forEach(r -> details.add(new Span(restaurant.dateTime(getLocale()).format(r.getStartsAt()) + " · "
                + getTranslation("customers.party", r.getPartySize()) + " · " + r.getStatus())));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
