package com.voiceorder.ordering.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderPlaced;
import com.voiceorder.ordering.domain.OrderSource;
import com.voiceorder.ordering.domain.OrderStatus;
import com.voiceorder.ordering.domain.OrderStatusChanged;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.ordering.infrastructure.JpaOrderRepository;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.IllegalTransitionException;
import com.voiceorder.shared.domain.NotFoundException;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.RecordingEvent;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class OrderServiceTest {

    private static final Instant NOW = Instant.parse("2026-10-25T11:00:00Z"); // 12:00 in Paris, DST end day
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private final RecordingEvent<OrderPlaced> placed = new RecordingEvent<>();
    private final RecordingEvent<OrderStatusChanged> changed = new RecordingEvent<>();
    private long restaurant;
    private long otherRestaurant;
    private long item;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
        db.inTransaction(em -> {
            restaurant = Fixtures.restaurant(em);
            otherRestaurant = Fixtures.restaurant(em);
            item = Fixtures.menuItem(em, restaurant);
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T withService(Function<OrderService, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(new OrderService(new JpaOrderRepository(em), placed,
                changed, Clock.fixed(NOW, ZoneOffset.UTC))));
    }

    @Test
    void placing_an_order_stores_it_with_recomputed_totals_and_announces_it() {
        Order order = withService(service -> service.place(restaurant, delivery()));

        assertThat(order.getId()).isNotNull();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.NEW);
        assertThat(order.getCreatedAt()).isEqualTo(NOW);
        assertThat(order.getCustomerPhone()).isEqualTo("+33612345678");
        assertThat(order.isTest()).isTrue();
        assertThat(placed.fired()).containsExactly(new OrderPlaced(restaurant, order.getId()));

        Order reloaded = withService(service -> service.get(restaurant, order.getId()));
        assertThat(reloaded.getSubtotalCents()).isEqualTo(2 * (1000 + 150));
        assertThat(reloaded.getTotalCents()).isEqualTo(2 * (1000 + 150) + 250);
        assertThat(reloaded.getLines().get(0).getOptions()).hasSize(1);
    }

    @Test
    void an_invalid_order_is_refused_and_nothing_is_announced() {
        PlaceOrderCommand withoutAddress = new PlaceOrderCommand(OrderType.DELIVERY, OrderSource.API, null, null, false,
                null, null, null, 0, null, null, List.of(margherita()));

        assertThatThrownBy(() -> withService(service -> service.place(restaurant, withoutAddress)))
                .isInstanceOf(DomainException.class);
        assertThat(placed.fired()).isEmpty();
    }

    @Test
    void status_changes_follow_the_lifecycle_and_are_announced() {
        long id = withService(service -> service.place(restaurant, pickup())).getId();

        withService(service -> service.changeStatus(restaurant, id, OrderStatus.ACCEPTED));
        withService(service -> service.changeStatus(restaurant, id, OrderStatus.PREPARING));

        assertThatThrownBy(() -> withService(service -> service.changeStatus(restaurant, id, OrderStatus.COMPLETED)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> withService(service -> service.changeStatus(restaurant, id, OrderStatus.NEW)))
                .isInstanceOf(DomainException.class);
        Order cancelled = withService(service -> service.cancel(restaurant, id, "client injoignable"));

        assertThat(cancelled.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(withService(service -> service.get(restaurant, id)).getCancelReason())
                .isEqualTo("client injoignable");
        assertThat(changed.fired()).containsExactly(
                new OrderStatusChanged(restaurant, id, OrderStatus.ACCEPTED),
                new OrderStatusChanged(restaurant, id, OrderStatus.PREPARING),
                new OrderStatusChanged(restaurant, id, OrderStatus.CANCELLED));
    }

    @Test
    void another_restaurants_order_is_not_found() {
        long id = withService(service -> service.place(restaurant, pickup())).getId();

        assertThatThrownBy(() -> withService(service -> service.get(otherRestaurant, id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> withService(service -> service.changeStatus(otherRestaurant, id, OrderStatus.ACCEPTED)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> withService(service -> service.cancel(otherRestaurant, id, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(changed.fired()).isEmpty();
    }

    @Test
    void orders_of_a_day_are_listed_in_the_restaurants_zone() {
        long id = withService(service -> service.place(restaurant, pickup())).getId();

        assertThat(this.<List<Order>>withService(service -> service.listForDay(restaurant, LocalDate.of(2026, 10, 25), PARIS, Set.of())))
                .extracting(Order::getId).containsExactly(id);
        assertThat(this.<List<Order>>withService(service -> service.listForDay(restaurant, LocalDate.of(2026, 10, 25), PARIS,
                Set.of(OrderStatus.ACCEPTED)))).isEmpty();
        assertThat(this.<List<Order>>withService(service -> service.listForDay(restaurant, LocalDate.of(2026, 10, 24), PARIS, Set.of())))
                .isEmpty();
        assertThat(this.<List<Order>>withService(service -> service.listForDay(otherRestaurant, LocalDate.of(2026, 10, 25), PARIS,
                Set.of()))).isEmpty();
    }

    private PlaceOrderCommand delivery() {
        return new PlaceOrderCommand(OrderType.DELIVERY, OrderSource.PHONE, null, null, true, "Mohamed",
                PhoneNumber.parse("06 12 34 56 78", "FR"),
                new PlaceOrderCommand.Address("12 rue Paradis", "13001", "Marseille", null, null, null), 250,
                NOW.plusSeconds(3600), "Sonner deux fois", List.of(margherita()));
    }

    private PlaceOrderCommand pickup() {
        return new PlaceOrderCommand(OrderType.PICKUP, OrderSource.DASHBOARD, null, null, false, "Léa", null, null, 0,
                null, null, List.of(margherita()));
    }

    private PlaceOrderCommand.Line margherita() {
        return new PlaceOrderCommand.Line(item, null, "Margherita", 1000, 2,
                List.of(new PlaceOrderCommand.Option(5L, "Burrata", 150)), List.of(), null);
    }
}
