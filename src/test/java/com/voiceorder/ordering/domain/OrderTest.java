package com.voiceorder.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.IllegalTransitionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderTest {

    private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");
    private static final DeliveryAddress ADDRESS =
            new DeliveryAddress("1 place Castellane", "13006", "Marseille", null, null, null);

    /** The steps that move an order, by the status each leads to. */
    private static final List<Step> STEPS = List.of(
            new Step(OrderStatus.ACCEPTED, (order, at) -> order.accept(at)),
            new Step(OrderStatus.PREPARING, (order, at) -> order.startPreparing(at)),
            new Step(OrderStatus.READY, (order, at) -> order.markReady(at)),
            new Step(OrderStatus.OUT_FOR_DELIVERY, (order, at) -> order.sendOutForDelivery(at)),
            new Step(OrderStatus.COMPLETED, (order, at) -> order.complete(at)),
            new Step(OrderStatus.CANCELLED, (order, at) -> order.cancel("customer called back", at)));

    private record Step(OrderStatus target, BiConsumer<Order, Instant> action) {
    }

    /** Every (type, from, to) the lifecycle allows; anything else from a reachable state is refused. */
    private static final List<String> ALLOWED = List.of(
            "PICKUP NEW ACCEPTED", "PICKUP ACCEPTED PREPARING", "PICKUP PREPARING READY", "PICKUP READY COMPLETED",
            "PICKUP NEW CANCELLED", "PICKUP ACCEPTED CANCELLED", "PICKUP PREPARING CANCELLED",
            "PICKUP READY CANCELLED",
            "DINE_IN NEW ACCEPTED", "DINE_IN ACCEPTED PREPARING", "DINE_IN PREPARING READY",
            "DINE_IN READY COMPLETED",
            "DINE_IN NEW CANCELLED", "DINE_IN ACCEPTED CANCELLED", "DINE_IN PREPARING CANCELLED",
            "DINE_IN READY CANCELLED",
            "DELIVERY NEW ACCEPTED", "DELIVERY ACCEPTED PREPARING", "DELIVERY PREPARING READY",
            "DELIVERY READY OUT_FOR_DELIVERY", "DELIVERY OUT_FOR_DELIVERY COMPLETED",
            "DELIVERY NEW CANCELLED", "DELIVERY ACCEPTED CANCELLED", "DELIVERY PREPARING CANCELLED",
            "DELIVERY READY CANCELLED", "DELIVERY OUT_FOR_DELIVERY CANCELLED");

    static Stream<Arguments> allowedTransitions() {
        return ALLOWED.stream().map(row -> row.split(" "))
                .map(r -> Arguments.of(OrderType.valueOf(r[0]), OrderStatus.valueOf(r[1]), OrderStatus.valueOf(r[2])));
    }

    /** Every other (type, from, to) pair, from every reachable state. */
    static Stream<Arguments> refusedTransitions() {
        List<Arguments> refused = new ArrayList<>();
        for (OrderType type : OrderType.values()) {
            for (OrderStatus from : OrderStatus.values()) {
                if (!reachable(type, from)) {
                    continue;
                }
                for (Step step : STEPS) {
                    if (!isAllowed(type, from, step.target())) {
                        refused.add(Arguments.of(type, from, step.target()));
                    }
                }
            }
        }
        return refused.stream();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("allowedTransitions")
    void an_order_moves_along_its_lifecycle(OrderType type, OrderStatus from, OrderStatus to) {
        Order order = orderIn(type, from);

        step(to).action().accept(order, T0.plusSeconds(600));

        assertThat(order.getStatus()).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0}: {1} ↛ {2}")
    @MethodSource("refusedTransitions")
    void an_order_refuses_a_step_its_lifecycle_does_not_allow(OrderType type, OrderStatus from, OrderStatus to) {
        Order order = orderIn(type, from);

        assertThatThrownBy(() -> step(to).action().accept(order, T0.plusSeconds(600)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(order.getStatus()).isEqualTo(from);
    }

    @Test
    void the_refused_table_covers_the_typical_mistakes() {
        assertThat(refusedTransitions().map(Arguments::get).map(a -> a[0] + ":" + a[1] + "->" + a[2]))
                .contains("PICKUP:NEW->READY", "PICKUP:READY->OUT_FOR_DELIVERY", "DELIVERY:READY->COMPLETED",
                        "PICKUP:COMPLETED->CANCELLED", "DELIVERY:CANCELLED->ACCEPTED", "DINE_IN:NEW->COMPLETED");
    }

    @Test
    void each_step_records_its_time_and_a_cancellation_its_reason() {
        Order order = order(OrderType.DELIVERY);
        order.accept(T0.plusSeconds(1));
        order.startPreparing(T0.plusSeconds(2));
        order.markReady(T0.plusSeconds(3));
        order.sendOutForDelivery(T0.plusSeconds(4));
        order.complete(T0.plusSeconds(5));

        assertThat(List.of(order.getAcceptedAt(), order.getPreparingAt(), order.getReadyAt(),
                order.getOutForDeliveryAt(), order.getCompletedAt()))
                .containsExactly(T0.plusSeconds(1), T0.plusSeconds(2), T0.plusSeconds(3), T0.plusSeconds(4),
                        T0.plusSeconds(5));

        Order cancelled = order(OrderType.PICKUP);
        cancelled.cancel("  oven broken ", T0.plusSeconds(9));
        assertThat(cancelled.getCancelReason()).isEqualTo("oven broken");
        assertThat(cancelled.getCancelledAt()).isEqualTo(T0.plusSeconds(9));
    }

    @Test
    void totals_are_computed_from_lines_options_quantities_and_the_delivery_fee() {
        Order order = new Order(1L, OrderType.DELIVERY, OrderSource.PHONE, "Mohamed", "+33612345678", ADDRESS, 350,
                List.of(OrderLine.ofItem(10L, "Margherita", 900, 2,
                                List.of(new OrderLineOption(1L, "Burrata", 300), new OrderLineOption(2L, "Sans olives", -50)),
                                null),
                        OrderLine.ofFormula(20L, "Menu enfant", 850, 1, List.of(), List.of(), null)),
                T0);

        assertThat(order.getSubtotalCents()).isEqualTo(2 * (900 + 300 - 50) + 850);
        assertThat(order.getTotalCents()).isEqualTo(2 * (900 + 300 - 50) + 850 + 350);

        order.addLine(OrderLine.ofItem(11L, "Coca", 300, 3, List.of(), null));

        assertThat(order.getSubtotalCents()).isEqualTo(2 * 1150 + 850 + 900);
        assertThat(order.getTotalCents()).isEqualTo(2 * 1150 + 850 + 900 + 350);
        assertThat(order.getLines()).extracting(OrderLine::getPosition).containsExactly(0, 1, 2);
    }

    @Test
    void lines_cannot_change_once_the_kitchen_accepted_the_order() {
        Order order = order(OrderType.PICKUP);
        order.accept(T0);

        assertThatThrownBy(() -> order.addLine(OrderLine.ofItem(11L, "Coca", 300, 1, List.of(), null)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void a_delivery_order_needs_an_address() {
        assertThatThrownBy(() -> new Order(1L, OrderType.DELIVERY, OrderSource.PHONE, null, null, null, 0,
                List.of(line()), T0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("address"));
    }

    @Test
    void only_a_delivery_order_has_a_delivery_fee_and_keeps_an_address() {
        assertThatThrownBy(() -> new Order(1L, OrderType.PICKUP, OrderSource.PHONE, null, null, null, 200,
                List.of(line()), T0))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("deliveryFeeCents"));
        Order pickup = new Order(1L, OrderType.PICKUP, OrderSource.PHONE, null, null, ADDRESS, 0, List.of(line()), T0);
        assertThat(pickup.getDeliveryAddress()).isNull();
    }

    @Test
    void an_order_needs_at_least_one_line() {
        assertThatThrownBy(() -> new Order(1L, OrderType.PICKUP, OrderSource.PHONE, null, null, null, 0, List.of(), T0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("lines"));
    }

    @Test
    void a_line_needs_a_positive_quantity_and_exactly_one_reference() {
        assertThatThrownBy(() -> OrderLine.ofItem(1L, "Pizza", 900, 0, List.of(), null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new OrderLine(1L, 2L, "Pizza", 900, 1, List.of(), List.of(), null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new OrderLine(null, null, "Pizza", 900, 1, List.of(), List.of(), null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> OrderLine.ofItem(1L, "Pizza", 100, 1,
                List.of(new OrderLineOption(1L, "Remise", -200)), null))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void the_customer_phone_must_be_e164() {
        assertThatThrownBy(() -> new Order(1L, OrderType.PICKUP, OrderSource.PHONE, null, "06 12 34 56 78", null, 0,
                List.of(line()), T0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("customer.phone"));
    }

    @Test
    void a_final_order_cannot_get_a_new_promised_time() {
        Order order = order(OrderType.PICKUP);
        order.promise(T0.plusSeconds(1800));
        order.cancel(null, T0);

        assertThatThrownBy(() -> order.promise(T0.plusSeconds(3600))).isInstanceOf(IllegalTransitionException.class);
        assertThat(order.getPromisedTime()).isEqualTo(T0.plusSeconds(1800));
    }

    private static boolean isAllowed(OrderType type, OrderStatus from, OrderStatus to) {
        return ALLOWED.contains(type + " " + from + " " + to);
    }

    private static boolean reachable(OrderType type, OrderStatus status) {
        return status != OrderStatus.OUT_FOR_DELIVERY || type == OrderType.DELIVERY;
    }

    private static Step step(OrderStatus target) {
        return STEPS.stream().filter(s -> s.target() == target).findFirst().orElseThrow();
    }

    /** An order of that type brought to {@code status} by the allowed steps. */
    private static Order orderIn(OrderType type, OrderStatus status) {
        Order order = order(type);
        List<OrderStatus> path = switch (status) {
            case NEW -> List.of();
            case ACCEPTED -> List.of(OrderStatus.ACCEPTED);
            case PREPARING -> List.of(OrderStatus.ACCEPTED, OrderStatus.PREPARING);
            case READY -> List.of(OrderStatus.ACCEPTED, OrderStatus.PREPARING, OrderStatus.READY);
            case OUT_FOR_DELIVERY -> List.of(OrderStatus.ACCEPTED, OrderStatus.PREPARING, OrderStatus.READY,
                    OrderStatus.OUT_FOR_DELIVERY);
            case COMPLETED -> type == OrderType.DELIVERY
                    ? List.of(OrderStatus.ACCEPTED, OrderStatus.PREPARING, OrderStatus.READY,
                            OrderStatus.OUT_FOR_DELIVERY, OrderStatus.COMPLETED)
                    : List.of(OrderStatus.ACCEPTED, OrderStatus.PREPARING, OrderStatus.READY, OrderStatus.COMPLETED);
            case CANCELLED -> List.of(OrderStatus.CANCELLED);
        };
        path.forEach(target -> step(target).action().accept(order, T0.plusSeconds(60)));
        assertThat(order.getStatus()).isEqualTo(status);
        return order;
    }

    private static Order order(OrderType type) {
        return new Order(1L, type, OrderSource.DASHBOARD, "Léa", null, type == OrderType.DELIVERY ? ADDRESS : null, 0,
                List.of(line()), T0);
    }

    private static OrderLine line() {
        return OrderLine.ofItem(10L, "Margherita", 900, 1, List.of(), null);
    }
}
