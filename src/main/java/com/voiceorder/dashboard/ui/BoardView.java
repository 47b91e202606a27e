package com.voiceorder.dashboard.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.voiceorder.base.ui.AccessGuard;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.base.ui.push.Broadcaster;
import com.voiceorder.base.ui.push.LiveUpdate;
import com.voiceorder.dashboard.application.BoardReservation;
import com.voiceorder.dashboard.application.KitchenTicket;
import com.voiceorder.dashboard.application.ServiceBoard;
import com.voiceorder.dashboard.application.SharedServiceBoards;
import com.voiceorder.dashboard.application.ServiceTimeline;
import com.voiceorder.ordering.application.OrderService;
import com.voiceorder.ordering.domain.OrderStatus;
import com.voiceorder.reservations.application.ReservationService;
import com.voiceorder.reservations.domain.ReservationStatus;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.shared.domain.Money;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The service board ("planning") for a big screen: the day's reservations per service and table,
 * the kitchen queue by due time with one button for the next step, and the handoff column. Live:
 * it redraws on every update pushed for its restaurant, with a chime for a new order or booking.
 * {@code ?kiosk} hides the menus (see {@link MainLayout}).
 */
@Route(value = "r/:" + AccessGuard.RESTAURANT_PARAMETER + "/board", layout = MainLayout.class)
@CdiComponent
@CssImport("./styles/board.css")
public class BoardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** How often the board redraws with no event, so lateness and the clock move on. */
    static final int REFRESH_MILLIS = 30_000;
    static final String CHIME = "sounds/new-order.wav";

    private final SharedServiceBoards boards;
    private final OrderService orders;
    private final ReservationService reservations;
    private final RestaurantService restaurants;
    private final Broadcaster broadcaster;
    private final H2 title = new H2();
    private final Span clock = new Span();
    private final Span lateCount = new Span();
    private final BoardColumn<ServiceTimeline> timeline = new BoardColumn<>("board-timeline");
    private final BoardColumn<KitchenTicket> kitchen = new BoardColumn<>("board-kitchen");
    private final BoardColumn<KitchenTicket> handoff = new BoardColumn<>("board-handoff");
    private final Set<String> arrivals = new HashSet<>();
    private RestaurantPage restaurant;
    private Registration liveUpdates;
    private Registration poll;

    @Inject
    public BoardView(SharedServiceBoards boards, OrderService orders, ReservationService reservations,
                     RestaurantService restaurants, Broadcaster broadcaster) {
        this.boards = boards;
        this.orders = orders;
        this.reservations = reservations;
        this.restaurants = restaurants;
        this.broadcaster = broadcaster;
        addClassName("board");
        setId("service-board");
        clock.addClassName("board-clock");
        lateCount.addClassName("board-late-count");
        lateCount.setId("board-late-count");
        Button sound = new Button(getTranslation("board.sound"), VaadinIcon.BELL.create(), e -> chime());
        sound.setId("board-sound");
        sound.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div header = new Div(title, clock, lateCount, sound);
        header.addClassName("board-header");
        Div columns = new Div(timeline.component(), kitchen.component(), handoff.component());
        columns.addClassName("board-columns");
        add(header, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restaurant = RestaurantPage.of(restaurants.get(RestaurantPage.idOf(event)));
        setClassName("kiosk", MainLayout.isKiosk(event.getLocation()));
        title.setText(getTranslation("board.title") + " · " + restaurant.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title") + (restaurant == null ? "" : " · " + restaurant.name());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        liveUpdates = broadcaster.register(ui, restaurant.id(), this::onLiveUpdate);
        ui.setPollInterval(REFRESH_MILLIS);
        poll = ui.addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        liveUpdates.remove();
        poll.remove();
        event.getUI().setPollInterval(-1);
    }

    private void onLiveUpdate(LiveUpdate update) {
        if (update.isArrival()) {
            arrivals.add(cardId(update.subject(), update.subjectId()));
        }
        refresh(update.publishedNanos());
        if (update.isArrival()) {
            chime();
        }
    }

    /** Plays the chime; a browser may refuse sound until the page was clicked once (the bell button). */
    private void chime() {
        getElement().executeJs("window.voiceorderChimes = (window.voiceorderChimes || 0) + 1;"
                + "new Audio($0).play().catch(() => {});", CHIME);
    }

    void refresh() {
        refresh(System.nanoTime());
    }

    /** Redraws from a board read after {@code notBeforeNanos}, shared with the restaurant's other screens. */
    private void refresh(long notBeforeNanos) {
        ServiceBoard board = boards.today(restaurant.id(), notBeforeNanos);
        clock.setText(restaurant.time().format(board.builtAt()));
        long late = board.lateCount();
        lateCount.setText(getTranslation("board.late-count", late));
        lateCount.setVisible(late > 0);
        int reservations = board.services().stream().flatMap(service -> service.rows().stream())
                .mapToInt(row -> row.reservations().size()).sum();
        String none = getTranslation("board.empty");
        timeline.show(heading("board.reservations", reservations), none, board.services(),
                service -> "service-" + service.serviceId() + "-" + service.name(), this::service, arrivals);
        kitchen.show(heading("board.kitchen", board.kitchenQueue().size()), none, board.kitchenQueue(),
                ticket -> cardId(LiveUpdate.Subject.ORDER, ticket.orderId()), this::ticket, arrivals);
        handoff.show(heading("board.handoff", board.handoff().size()), none, board.handoff(),
                ticket -> cardId(LiveUpdate.Subject.ORDER, ticket.orderId()), this::ticket, arrivals);
        arrivals.clear();
    }

    /** A column's heading counts its reservations or orders, not its sections. */
    private String heading(String key, int count) {
        return getTranslation(key) + " (" + count + ")";
    }

    private Component ticket(KitchenTicket ticket) {
        Div card = card("ticket", cardId(LiveUpdate.Subject.ORDER, ticket.orderId()), ticket.status().name(), ticket.late());
        Span due = new Span((ticket.promised() ? "" : "~") + restaurant.time().format(ticket.dueAt()));
        due.addClassName("ticket-due");
        due.setClassName("late", ticket.late());
        Div head = new Div(new Span("#" + ticket.orderId() + " · " + getTranslation("order.type." + ticket.type().name())), due);
        head.addClassName("ticket-head");
        UnorderedList lines = new UnorderedList(ticket.lines().stream().map(ListItem::new).toArray(ListItem[]::new));
        lines.addClassName("ticket-lines");
        Div who = new Div(new Span((ticket.customerName() == null ? "" : ticket.customerName() + " · ")
                + Money.euros(ticket.totalCents()).format(restaurant.moneyLocale())
                + " · " + getTranslation("order.status." + ticket.status().name())));
        card.add(head, lines, who);
        ticket.nextStep().ifPresent(next -> card.add(orderButton(ticket.orderId(), next)));
        return card;
    }

    private Button orderButton(long orderId, OrderStatus next) {
        Button button = new Button(getTranslation("board.step." + next.name()), e -> Actions.run(this,
                () -> orders.changeStatus(restaurant.id(), orderId, next), this::refresh));
        button.setId("order-" + orderId + "-" + next.name());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        return button;
    }

    private Component service(ServiceTimeline service) {
        Div block = new Div();
        block.addClassName("timeline-service");
        String hours = service.startTime() == null ? "" : " · " + service.startTime() + "–" + service.lastSeating();
        block.add(new H4(service.name() + hours + " · " + getTranslation("board.covers", service.expectedCovers())));
        if (service.rows().isEmpty()) {
            Span none = new Span(getTranslation("board.no-reservation"));
            none.addClassName("board-empty");
            block.add(none);
        }
        for (ServiceTimeline.TableRow row : service.rows()) {
            Span table = new Span(row.table() == null ? getTranslation("board.no-table") : row.table());
            table.addClassName("timeline-table");
            Div bookings = new Div(row.reservations().stream().map(this::booking).toArray(Component[]::new));
            Div line = new Div(table, bookings);
            line.addClassName("timeline-row");
            block.add(line);
        }
        return block;
    }

    private Component booking(BoardReservation reservation) {
        Div card = card("booking", cardId(LiveUpdate.Subject.RESERVATION, reservation.reservationId()),
                reservation.status().name(), reservation.late());
        String offer = reservation.offerName() == null ? "" : " · " + reservation.offerName();
        card.add(new Div(new Span(restaurant.time().format(reservation.startsAt()) + " · "
                + getTranslation("board.party", reservation.partySize()) + " · " + reservation.guestName() + offer
                + " · " + getTranslation("reservation.status." + reservation.status().name()))));
        for (ReservationStatus next : reservation.nextSteps()) {
            if (next != ReservationStatus.CANCELLED) {
                card.add(reservationButton(reservation.reservationId(), next));
            }
        }
        return card;
    }

    private Button reservationButton(long reservationId, ReservationStatus next) {
        Button button = new Button(getTranslation("reservation.step." + next.name()), e -> Actions.run(this,
                () -> reservations.changeStatus(restaurant.id(), reservationId, next), this::refresh));
        button.setId("reservation-" + reservationId + "-" + next.name());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private Div card(String kind, String id, String status, boolean late) {
        Div card = new Div();
        card.setId(id);
        card.addClassNames(kind, "status-" + status);
        card.setClassName("late", late);
        card.setClassName("arrived", arrivals.contains(id));
        return card;
    }

    static String cardId(LiveUpdate.Subject subject, long id) {
        return (subject == LiveUpdate.Subject.ORDER ? "order-" : "reservation-") + id;
    }
}
