package com.voiceorder.dashboard.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.voiceorder.base.ui.AccessGuard;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.base.ui.push.Broadcaster;
import com.voiceorder.dashboard.application.HomeFigures;
import com.voiceorder.dashboard.application.HomeFiguresService;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The restaurant's home: today at a glance (calls by outcome, orders and revenue, covers per service,
 * conversion, agent latency, AI cost), charts over 7 or 30 days, and today's orders and reservations.
 */
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
    private final HomeFiguresService figures;
    private final HomeKpis kpis = new HomeKpis();
    private final Select<Integer> period = new Select<>();
    private final ChartView callChart = new ChartView();
    private final ChartView orderChart = new ChartView();
    private final ChartView coverChart = new ChartView();
    private String restaurantName = "";
    private RestaurantPage page;

    @Inject
    public TodayView(RestaurantService restaurants, OrderService orders, ReservationService reservations, Clock clock,
                     HomeFiguresService figures, Broadcaster broadcaster) {
        this.figures = figures;
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
        period.setId("home-period");
        period.setLabel(getTranslation("home.period"));
        period.setItems(7, 30);
        period.setItemLabelGenerator(days -> getTranslation("home.last-days", days));
        period.setValue(7);
        period.addValueChangeListener(e -> showFigures());
        callChart.setId("chart-calls");
        orderChart.setId("chart-orders");
        coverChart.setId("chart-covers");
        Div charts = new Div(chartBlock("home.chart-calls", callChart), chartBlock("home.chart-orders", orderChart),
                chartBlock("home.chart-covers", coverChart));
        charts.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(22rem, 1fr))")
                .set("gap", "var(--lumo-space-m)").set("width", "100%");
        add(title, kpis, period, charts, new H3(getTranslation("today.orders")), orderGrid,
                new H3(getTranslation("today.reservations")), reservationGrid);
        LiveRefresh.bind(this, broadcaster, () -> page.id(), update -> refresh());
    }

    private Div chartBlock(String titleKey, ChartView chart) {
        Div block = new Div(new H3(getTranslation(titleKey)), chart);
        block.setMinWidth("0");
        return block;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long restaurantId = Long.parseLong(event.getRouteParameters().get(AccessGuard.RESTAURANT_PARAMETER).orElseThrow());
        Restaurant restaurant = restaurants.get(restaurantId);
        page = RestaurantPage.of(restaurant);
        restaurantName = restaurant.name();
        ZoneId zone = restaurant.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        title.setText(restaurant.name() + " · " + today.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale())));
        configureOrderColumns(zone, restaurant.locale());
        configureReservationColumns(zone);
        refresh();
    }

    private void refresh() {
        LocalDate today = restaurants.today(page.id());
        orderGrid.setItems(orders.listForDay(page.id(), today, page.zone(), Set.of()).stream()
                .sorted(Comparator.comparing(TodayView::orderTime)).toList());
        reservationGrid.setItems(reservations.listForDay(page.id(), today, Set.of()).stream()
                .sorted(Comparator.comparing(Reservation::getStartsAt)).toList());
        showFigures();
    }

    private void showFigures() {
        if (page == null) {
            return;
        }
        HomeFigures home = figures.figures(page.id(), period.getValue() == null ? 7 : period.getValue());
        kpis.show(home, page.moneyLocale());
        DateTimeFormatter dayLabel = DateTimeFormatter.ofPattern("EEE d", getLocale());
        List<String> labels = home.period().stream().map(d -> d.day().format(dayLabel)).toList();
        callChart.show(labels, List.of(
                new ChartView.Series(getTranslation("home.calls"), "bar",
                        home.period().stream().map(d -> d.calls().calls()).toList(), false),
                new ChartView.Series(getTranslation("home.converted"), "bar",
                        home.period().stream().map(d -> d.calls().converted()).toList(), false)));
        orderChart.show(labels, List.of(
                new ChartView.Series(getTranslation("home.orders"), "bar",
                        home.period().stream().map(d -> d.orders().orders()).toList(), false),
                new ChartView.Series(getTranslation("home.revenue"), "line",
                        home.period().stream().map(d -> d.orders().revenueCents() / 100.0).toList(), true)));
        coverChart.show(labels, List.of(new ChartView.Series(getTranslation("home.covers"), "bar",
                home.period().stream().map(HomeFigures.Day::covers).toList(), false)));
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
