package com.voiceorder.ordering.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderLine;
import com.voiceorder.ordering.domain.OrderSource;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.ordering.infrastructure.JpaOrderRepository;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.RecordingEvent;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class OrderFiguresTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private long restaurant;
    private long other;
    private long item;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
        db.inTransaction(em -> {
            restaurant = Fixtures.restaurant(em);
            other = Fixtures.restaurant(em);
            item = Fixtures.menuItem(em, restaurant);
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private void store(long restaurantId, Instant createdAt, int quantity, Consumer<Order> then) {
        db.inTransaction((EntityManager em) -> {
            Order order = new Order(restaurantId, OrderType.PICKUP, OrderSource.PHONE, "Client", null, null, 0,
                    List.of(OrderLine.ofItem(item, "Pizza", 1000, quantity, List.of(), null)), createdAt);
            then.accept(order);
            new JpaOrderRepository(em).save(order);
        });
    }

    private List<DailyOrderFigures> figures(LocalDate first, LocalDate last) {
        return db.inTransaction((EntityManager em) -> new OrderService(new JpaOrderRepository(em), new RecordingEvent<>(),
                new RecordingEvent<>(), Clock.systemUTC()).dailyFigures(restaurant, first, last, PARIS));
    }

    @Test
    void orders_and_revenue_are_counted_per_day_of_the_restaurant_zone_without_tests_or_cancelled_ones() {
        store(restaurant, MONDAY.atTime(12, 0).atZone(PARIS).toInstant(), 1, o -> { });
        store(restaurant, MONDAY.atTime(23, 30).atZone(PARIS).toInstant(), 2, o -> { }); // 22:30 UTC, still Monday in Paris
        store(restaurant, MONDAY.plusDays(1).atTime(0, 30).atZone(PARIS).toInstant(), 3, o -> { }); // Tuesday
        store(restaurant, MONDAY.atTime(13, 0).atZone(PARIS).toInstant(), 5, Order::markAsTest);
        store(restaurant, MONDAY.atTime(14, 0).atZone(PARIS).toInstant(), 7, o -> o.cancel("no", o.getCreatedAt()));
        store(other, MONDAY.atTime(12, 0).atZone(PARIS).toInstant(), 9, o -> { });

        List<DailyOrderFigures> week = figures(MONDAY.minusDays(1), MONDAY.plusDays(2));

        assertThat(week).containsExactly(
                new DailyOrderFigures(MONDAY.minusDays(1), 0, 0),
                new DailyOrderFigures(MONDAY, 2, 3000),
                new DailyOrderFigures(MONDAY.plusDays(1), 1, 3000),
                new DailyOrderFigures(MONDAY.plusDays(2), 0, 0));
    }

    @Test
    void a_period_ending_before_it_starts_is_refused() {
        assertThatThrownBy(() -> figures(MONDAY, MONDAY.minusDays(1))).isInstanceOf(DomainException.class);
    }
}
