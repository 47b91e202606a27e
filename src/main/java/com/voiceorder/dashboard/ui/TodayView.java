package com.voiceorder.dashboard.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.voiceorder.base.ui.AccessGuard;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.ordering.application.OrderService;
import com.voiceorder.ordering.domain.Order;
import com.voiceorder.reservations.application.ReservationService;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.shared.domain.Money;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;

/** The restaurant's day at a glance: today's orders and reservations. */
@Route(value = "r/:" + AccessGuard.RESTAURANT_PARAMETER, layout = MainLayout.class)
@CdiComponent
public class TodayView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final RestaurantService restaurants;
    private final OrderService orders;
    private final ReservationService reservations;
    private final Clock clock;
    private final H2 title = new H2();
    private final Grid<Order> orderGrid = new Grid<>();
    private final Grid<Reservation> reservationGrid = new Grid<>();
    private String restaurantName = "";

    @Inject
    public TodayView(RestaurantService restaurants, OrderService orders, ReservationService reservations, Clock clock) {
        this.restaurants = restaurants;
        this.orders = orders;
        this.reservations = reservations;
        this.clock = clock;
        orderGrid.setId("today-orders");
        reservationGrid.setId("today-reservations");
        orderGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        reservationGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        orderGrid.setAllRowsVisible(true);
        reservationGrid.setAllRowsVisible(true);
        add(title, new H3(getTranslation("today.orders")), orderGrid,
                new H3(getTranslation("today.reservations")), reservationGrid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long restaurantId = Long.parseLong(event.getRouteParameters().get(AccessGuard.RESTAURANT_PARAMETER).orElseThrow());
        Restaurant restaurant = restaurants.get(restaurantId);
        restaurantName = restaurant.name();
        ZoneId zone = restaurant.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        title.setText(restaurant.name() + " · " + today.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale())));
        configureOrderColumns(zone, restaurant.locale());
        configureReservationColumns(zone);
        orderGrid.setItems(orders.listForDay(restaurantId, today, zone, Set.of()).stream()
                .sorted(Comparator.comparing(TodayView::orderTime)).toList());
        reservationGrid.setItems(reservations.listForDay(restaurantId, today, Set.of()).stream()
                .sorted(Comparator.comparing(Reservation::getStartsAt)).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.today") + " · " + restaurantName;
    }

    private void configureOrderColumns(ZoneId zone, Locale moneyLocale) {
        orderGrid.removeAllColumns();
        orderGrid.addColumn(o -> TIME.format(orderTime(o).atZone(zone))).setHeader(getTranslation("today.time")).setAutoWidth(true);
        orderGrid.addColumn(o -> "#" + o.getId()).setHeader("N°").setAutoWidth(true);
        orderGrid.addColumn(o -> getTranslation("order.type." + o.getType().name())).setHeader(getTranslation("today.type")).setAutoWidth(true);
        orderGrid.addColumn(Order::getCustomerName).setHeader(getTranslation("today.customer"));
        orderGrid.addColumn(o -> Money.euros(o.getTotalCents()).format(moneyLocale)).setHeader(getTranslation("today.total")).setAutoWidth(true);
        orderGrid.addColumn(o -> getTranslation("order.status." + o.getStatus().name())).setHeader(getTranslation("today.status")).setAutoWidth(true);
    }

    private void configureReservationColumns(ZoneId zone) {
        reservationGrid.removeAllColumns();
        reservationGrid.addColumn(r -> TIME.format(r.getStartsAt().atZone(zone))).setHeader(getTranslation("today.time")).setAutoWidth(true);
        reservationGrid.addColumn(Reservation::getPartySize).setHeader(getTranslation("today.covers")).setAutoWidth(true);
        reservationGrid.addColumn(Reservation::getGuestName).setHeader(getTranslation("today.customer"));
        reservationGrid.addColumn(r -> getTranslation("reservation.status." + r.getStatus().name())).setHeader(getTranslation("today.status")).setAutoWidth(true);
    }

    private static Instant orderTime(Order order) {
        return order.getPromisedTime() != null ? order.getPromisedTime() : order.getCreatedAt();
    }
}
