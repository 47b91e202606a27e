package com.voiceorder.dashboard.application;

import static com.voiceorder.testing.EntityIds.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.ordering.domain.DeliveryAddress;
import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderLine;
import com.voiceorder.ordering.domain.OrderLineOption;
import com.voiceorder.ordering.domain.OrderSource;
import com.voiceorder.ordering.domain.OrderStatus;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationSource;
import com.voiceorder.reservations.domain.ReservationStatus;
import com.voiceorder.reservations.domain.ServiceKind;
import com.voiceorder.shared.domain.IllegalTransitionException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ServiceBoardTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final Instant NOON = DAY.atTime(12, 0).atZone(PARIS).toInstant();
    private long ids = 1;

    private Order order(OrderType type, Instant createdAt) {
        DeliveryAddress address = type == OrderType.DELIVERY
                ? new DeliveryAddress("1 rue de la Paix", "13001", "Marseille", null, null, null) : null;
        OrderLine line = OrderLine.ofItem(1L, "Margherita", 1000, 2,
                List.of(new OrderLineOption(5L, "extra mozzarella", 150)), "well done");
        return withId(new Order(1L, type, OrderSource.PHONE, "Mohamed", "+33612345678", address, 0,
                List.of(line), createdAt), ids++);
    }

    private static Instant at(int hour, int minute) {
        return DAY.atTime(hour, minute).atZone(PARIS).toInstant();
    }

    private static ServiceBoard board(List<Order> orders, List<Reservation> reservations, List<DiningService> services) {
        return ServiceBoard.of(new ServiceBoard.Inputs(DAY, PARIS, NOON, orders, reservations, services,
                Map.of(10L, "T1", 11L, "T2"), Map.of(50L, "Menu du marché")));
    }

    @Test
    void the_kitchen_queue_is_ordered_by_promised_time_then_requested_then_creation_plus_lead_time() {
        Order promisedLate = order(OrderType.PICKUP, at(11, 0));
        promisedLate.promise(at(12, 40));
        Order requested = order(OrderType.PICKUP, at(11, 50));
        requested.requestFor(at(12, 20));
        Order plain = order(OrderType.DINE_IN, at(11, 45)); // due 12:15

        ServiceBoard board = board(List.of(promisedLate, requested, plain), List.of(), List.of());

        assertThat(board.kitchenQueue()).extracting(KitchenTicket::orderId)
                .containsExactly(plain.getId(), requested.getId(), promisedLate.getId());
        assertThat(board.kitchenQueue().get(0).dueAt()).isEqualTo(at(11, 45).plus(KitchenTicket.DEFAULT_LEAD_TIME));
        assertThat(board.kitchenQueue().get(2).promised()).isTrue();
        assertThat(board.kitchenQueue().get(1).promised()).isFalse();
    }

    @Test
    void an_open_order_past_its_due_time_is_late_and_a_finished_one_is_not_shown() {
        Order late = order(OrderType.PICKUP, at(11, 0)); // due 11:30
        Order onTime = order(OrderType.PICKUP, at(11, 50));
        Order done = order(OrderType.PICKUP, at(10, 0));
        done.accept(at(10, 1));
        done.startPreparing(at(10, 2));
        done.markReady(at(10, 20));
        done.complete(at(10, 30));
        Order cancelled = order(OrderType.PICKUP, at(10, 0));
        cancelled.cancel("changed mind", at(10, 5));

        ServiceBoard board = board(List.of(late, onTime, done, cancelled), List.of(), List.of());

        assertThat(board.kitchenQueue()).extracting(KitchenTicket::orderId).containsExactly(late.getId(), onTime.getId());
        assertThat(board.kitchenQueue()).extracting(KitchenTicket::late).containsExactly(true, false);
        assertThat(board.lateCount()).isEqualTo(1);
    }

    @Test
    void ready_and_out_for_delivery_orders_move_to_the_handoff_column() {
        Order delivery = order(OrderType.DELIVERY, at(11, 40));
        delivery.accept(at(11, 41));
        delivery.startPreparing(at(11, 42));
        delivery.markReady(at(11, 55));
        Order pickup = order(OrderType.PICKUP, at(11, 30));
        pickup.accept(at(11, 31));
        Order test = order(OrderType.PICKUP, at(11, 30));
        test.markAsTest();

        ServiceBoard board = board(List.of(delivery, pickup, test), List.of(), List.of());

        assertThat(board.kitchenQueue()).extracting(KitchenTicket::orderId).containsExactly(pickup.getId());
        assertThat(board.handoff()).extracting(KitchenTicket::orderId).containsExactly(delivery.getId());
        assertThat(board.handoff().get(0).nextStep()).contains(OrderStatus.OUT_FOR_DELIVERY);
        assertThat(board.kitchenQueue().get(0).nextStep()).contains(OrderStatus.PREPARING);
    }

    @Test
    void a_ticket_lists_what_to_cook_with_options_and_notes() {
        KitchenTicket ticket = KitchenTicket.of(order(OrderType.PICKUP, at(11, 50)), NOON);

        assertThat(ticket.lines()).containsExactly("2 × Margherita (extra mozzarella) — well done");
        assertThat(ticket.totalCents()).isEqualTo(2 * 1150);
    }

    /** Every status of every order type: the offered step succeeds on a real order, every other one is refused. */
    @ParameterizedTest
    @EnumSource(OrderType.class)
    void the_offered_step_is_exactly_the_one_the_order_accepts(OrderType type) {
        for (OrderStatus status : OrderStatus.values()) {
            Optional<OrderStatus> offered = KitchenSteps.next(type, status);
            for (OrderStatus target : EnumSet.complementOf(EnumSet.of(OrderStatus.NEW, OrderStatus.CANCELLED))) {
                Optional<Order> order = orderIn(type, status);
                if (order.isEmpty()) {
                    continue;
                }
                if (offered.equals(Optional.of(target))) {
                    step(order.get(), target);
                    assertThat(order.get().getStatus()).isEqualTo(target);
                } else {
                    assertThatThrownBy(() -> step(order.get(), target))
                            .as("%s %s → %s must be refused", type, status, target)
                            .isInstanceOf(IllegalTransitionException.class);
                }
            }
            assertThat(offered.isEmpty()).as("%s %s", type, status).isEqualTo(status.isFinal());
        }
    }

    /** An order of that type brought to {@code status} through the real lifecycle; empty if unreachable. */
    private Optional<Order> orderIn(OrderType type, OrderStatus status) {
        Order order = order(type, at(11, 0));
        if (status == OrderStatus.CANCELLED) {
            order.cancel(null, at(11, 1));
            return Optional.of(order);
        }
        while (order.getStatus() != status) {
            Optional<OrderStatus> next = KitchenSteps.next(type, order.getStatus());
            if (next.isEmpty()) {
                return Optional.empty();
            }
            step(order, next.get());
        }
        return Optional.of(order);
    }

    private static void step(Order order, OrderStatus target) {
        Instant t = at(11, 30);
        switch (target) {
            case ACCEPTED -> order.accept(t);
            case PREPARING -> order.startPreparing(t);
            case READY -> order.markReady(t);
            case OUT_FOR_DELIVERY -> order.sendOutForDelivery(t);
            case COMPLETED -> order.complete(t);
            default -> throw new IllegalArgumentException(target.name());
        }
    }

    @Test
    void reservations_are_grouped_by_service_and_table_with_the_unassigned_last() {
        DiningService lunch = withId(new DiningService(1L, "Déjeuner", ServiceKind.LUNCH,
                EnumSet.allOf(DayOfWeek.class), LocalTime.of(12, 0), LocalTime.of(14, 0), 15, 40, null, 90), 100L);
        DiningService dinner = withId(new DiningService(1L, "Dîner", ServiceKind.LUNCH,
                EnumSet.allOf(DayOfWeek.class), LocalTime.of(19, 0), LocalTime.of(22, 0), 15, 40, null, 120), 101L);
        Reservation atT2 = reservation(100L, at(12, 30), 4, "Dupont");
        atT2.assignTables(null, Set.of(11L));
        Reservation atT1Late = reservation(100L, at(12, 0).minus(Duration.ofMinutes(30)), 2, "Martin");
        atT1Late.assignTables(null, Set.of(10L));
        atT1Late.confirm(at(9, 0));
        atT1Late.applyOffer(50L);
        Reservation unassigned = reservation(100L, at(13, 0), 3, "Leroy");
        Reservation cancelled = reservation(100L, at(13, 0), 8, "Absent");
        cancelled.cancel(null, at(9, 0));

        ServiceBoard board = board(List.of(), List.of(atT2, atT1Late, unassigned, cancelled), List.of(dinner, lunch));

        assertThat(board.services()).extracting(ServiceTimeline::name).containsExactly("Déjeuner", "Dîner");
        ServiceTimeline lunchLine = board.services().get(0);
        assertThat(lunchLine.expectedCovers()).isEqualTo(4 + 2 + 3);
        assertThat(lunchLine.rows()).extracting(ServiceTimeline.TableRow::table).containsExactly("T1", "T2", null);
        BoardReservation martin = lunchLine.rows().get(0).reservations().get(0);
        assertThat(martin.late()).isTrue();
        assertThat(martin.offerName()).isEqualTo("Menu du marché");
        assertThat(martin.nextSteps()).containsExactly(ReservationStatus.SEATED, ReservationStatus.NO_SHOW,
                ReservationStatus.CANCELLED);
        assertThat(lunchLine.rows().get(1).reservations().get(0).late()).isFalse();
        assertThat(board.services().get(1).rows()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ReservationStatus.class)
    void the_host_is_offered_exactly_the_moves_a_reservation_accepts(ReservationStatus status) {
        for (ReservationStatus target : EnumSet.complementOf(EnumSet.of(ReservationStatus.PENDING))) {
            Optional<Reservation> reservation = reservationIn(status);
            if (reservation.isEmpty()) {
                return;
            }
            boolean offered = BoardReservation.nextSteps(status).contains(target);
            if (offered) {
                move(reservation.get(), target);
                assertThat(reservation.get().getStatus()).isEqualTo(target);
            } else {
                assertThatThrownBy(() -> move(reservation.get(), target))
                        .as("%s → %s must be refused", status, target)
                        .isInstanceOf(IllegalTransitionException.class);
            }
        }
    }

    private Optional<Reservation> reservationIn(ReservationStatus status) {
        Reservation reservation = reservation(100L, at(20, 0), 2, "Guest");
        List<ReservationStatus> path = switch (status) {
            case PENDING -> List.of();
            case CONFIRMED -> List.of(ReservationStatus.CONFIRMED);
            case SEATED -> List.of(ReservationStatus.CONFIRMED, ReservationStatus.SEATED);
            case COMPLETED -> List.of(ReservationStatus.CONFIRMED, ReservationStatus.SEATED, ReservationStatus.COMPLETED);
            case CANCELLED -> List.of(ReservationStatus.CANCELLED);
            case NO_SHOW -> List.of(ReservationStatus.CONFIRMED, ReservationStatus.NO_SHOW);
        };
        path.forEach(step -> move(reservation, step));
        return Optional.of(reservation);
    }

    private static void move(Reservation reservation, ReservationStatus target) {
        Instant t = at(19, 0);
        switch (target) {
            case CONFIRMED -> reservation.confirm(t);
            case SEATED -> reservation.seat(t);
            case COMPLETED -> reservation.complete(t);
            case CANCELLED -> reservation.cancel(null, t);
            case NO_SHOW -> reservation.markNoShow(t);
            default -> throw new IllegalArgumentException(target.name());
        }
    }

    private Reservation reservation(long serviceId, Instant startsAt, int partySize, String guest) {
        return withId(new Reservation(1L, serviceId, DAY, startsAt, 90, partySize, ReservationSource.PHONE, guest,
                null, at(8, 0)), ids++);
    }
}
