package com.voiceorder.ordering.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.ordering.domain.KitchenBooking;
import com.voiceorder.ordering.domain.KitchenDemand;
import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderSource;
import com.voiceorder.ordering.domain.OrderStatus;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.ordering.domain.UnavailableReason;
import com.voiceorder.ordering.infrastructure.JpaOrderRepository;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.DeliveryRules;
import com.voiceorder.restaurant.domain.KitchenCapacity;
import com.voiceorder.restaurant.domain.OpeningHours;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.restaurant.infrastructure.JpaRestaurantRepository;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.RecordingEvent;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Promised times stored with the order, the kitchen's load read back from the database, the
 * kitchen lock under concurrent order takers, and the day's kitchen timeline — on H2 and PostgreSQL.
 * The restaurant opens every day 11:00–23:00 (Paris); one order per 15-minute slot; now is 11:00.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class OrderTimingPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-05-02T09:00:00Z"); // Saturday 11:00 in Paris
    private static final KitchenDemand TWO_PIZZAS = new KitchenDemand(2, 20);

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private long restaurantId;
    private long itemId;
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
        db.inTransaction((EntityManager em) -> {
            restaurantId = Fixtures.restaurant(em);
            itemId = Fixtures.menuItem(em, restaurantId);
            Restaurant restaurant = em.find(Restaurant.class, restaurantId);
            restaurant.replaceOpeningHours(Arrays.stream(DayOfWeek.values())
                    .map(day -> new OpeningHours(day, LocalTime.of(11, 0), LocalTime.of(23, 0))).toList());
            restaurant.updateKitchenCapacity(new KitchenCapacity(15, 1, 10, 20, 15));
            restaurant.configureDelivery(new DeliveryRules(true, 3000, 300, 0, null), List.of());
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void an_order_stores_its_promised_time_and_the_next_one_goes_to_the_next_free_slot() {
        long first = place(OrderType.PICKUP, null, Duration.ZERO).getId();
        long second = place(OrderType.PICKUP, null, Duration.ZERO).getId();

        db.inTransaction((EntityManager em) -> {
            Order reloaded = em.find(Order.class, first);
            assertThat(reloaded.getPromisedTime()).isEqualTo(Instant.parse("2026-05-02T09:20:00Z"));
            assertThat(reloaded.getKitchenDueAt()).isEqualTo(reloaded.getPromisedTime());
            assertThat(reloaded.getKitchenItems()).isEqualTo(2);
            assertThat(em.find(Order.class, second).getPromisedTime()).isEqualTo(Instant.parse("2026-05-02T09:30:00Z"));
        });
    }

    @Test
    void a_delivery_is_due_in_the_kitchen_the_travel_time_before_it_arrives() {
        long id = place(OrderType.DELIVERY, null, Duration.ofMinutes(15)).getId();

        db.inTransaction((EntityManager em) -> {
            Order reloaded = em.find(Order.class, id);
            assertThat(reloaded.getPromisedTime()).isEqualTo(Instant.parse("2026-05-02T09:35:00Z"));
            assertThat(reloaded.getKitchenDueAt()).isEqualTo(Instant.parse("2026-05-02T09:20:00Z"));
        });
    }

    @Test
    void a_requested_time_in_a_full_slot_is_refused_with_the_next_free_ones() {
        Instant noon = Instant.parse("2026-05-02T10:00:00Z");
        place(OrderType.PICKUP, noon, Duration.ZERO);

        assertThatThrownBy(() -> place(OrderType.PICKUP, noon.plusSeconds(300), Duration.ZERO))
                .isInstanceOfSatisfying(RequestedTimeUnavailableException.class, e -> {
                    assertThat(e.field()).isEqualTo("requestedTime");
                    assertThat(e.proposal().reason()).isEqualTo(UnavailableReason.KITCHEN_FULL);
                    assertThat(e.proposal().alternatives()).extracting(time -> time.toInstant()).containsExactly(
                            Instant.parse("2026-05-02T10:15:00Z"), Instant.parse("2026-05-02T10:30:00Z"),
                            Instant.parse("2026-05-02T10:45:00Z"));
                });
        assertThat(ordersCount()).isEqualTo(1);
    }

    @Test
    void cancelled_and_test_orders_leave_their_slot_free() {
        Instant noon = Instant.parse("2026-05-02T10:00:00Z");
        long cancelled = place(OrderType.PICKUP, noon, Duration.ZERO).getId();
        db.inTransaction((EntityManager em) -> em.find(Order.class, cancelled).cancel("changed mind", NOW));
        long test = place(OrderType.PICKUP, noon, Duration.ZERO).getId();
        db.inTransaction((EntityManager em) -> em.find(Order.class, test).markAsTest());

        assertThat(place(OrderType.PICKUP, noon, Duration.ZERO).getPromisedTime()).isEqualTo(noon);
        db.inTransaction((EntityManager em) -> {
            List<KitchenBooking> bookings = new JpaOrderRepository(em).findKitchenBookings(restaurantId,
                    noon.minusSeconds(3600), noon.plusSeconds(3600));
            assertThat(bookings).containsExactly(new KitchenBooking(noon, 2));
        });
    }

    @Test
    void the_availability_question_answers_without_booking_anything() {
        TimingProposal proposal = db.inTransaction((EntityManager em) -> timing(em).propose(restaurantId, OrderType.PICKUP,
                LocalDate.of(2026, 5, 2).atTime(10, 30), 3, null)); // 10:30 is already past at 11:00

        assertThat(proposal.available()).isFalse();
        assertThat(proposal.reason()).isEqualTo(UnavailableReason.TOO_SOON);
        assertThat(proposal.alternatives()).first().extracting(time -> time.toLocalTime()).isEqualTo(LocalTime.of(11, 20));
        assertThat(ordersCount()).isZero();
    }

    @Test
    void two_order_takers_racing_for_the_last_order_of_a_slot_get_it_exactly_once() throws Exception {
        Instant noon = Instant.parse("2026-05-02T10:00:00Z");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Order>> takers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Order> taker = () -> {
                    start.await();
                    return place(OrderType.PICKUP, noon, Duration.ZERO);
                };
                takers.add(pool.submit(taker));
            }
            start.countDown();
            int placed = 0;
            int refused = 0;
            for (Future<Order> taker : takers) {
                try {
                    taker.get(60, TimeUnit.SECONDS);
                    placed++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(RequestedTimeUnavailableException.class);
                    refused++;
                }
            }
            assertThat(placed).isEqualTo(1);
            assertThat(refused).isEqualTo(1);
            assertThat(ordersCount()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_kitchen_timeline_queues_the_day_by_due_time_flags_late_orders_and_lists_deliveries_to_hand_off() {
        Order delivery = place(OrderType.DELIVERY, Instant.parse("2026-05-02T10:20:00Z"), Duration.ofMinutes(10));
        Order early = place(OrderType.PICKUP, Instant.parse("2026-05-02T09:30:00Z"), Duration.ZERO);
        Order ready = place(OrderType.PICKUP, Instant.parse("2026-05-02T09:45:00Z"), Duration.ZERO);
        db.inTransaction((EntityManager em) -> {
            Order order = em.find(Order.class, ready.getId());
            order.accept(NOW);
            order.startPreparing(NOW);
            order.markReady(NOW);
        });
        Order tomorrow = place(OrderType.PICKUP, Instant.parse("2026-05-03T10:00:00Z"), Duration.ZERO);
        clock = Clock.fixed(Instant.parse("2026-05-02T09:50:00Z"), ZoneOffset.UTC);

        KitchenTimeline timeline = db.inTransaction((EntityManager em) -> new KitchenTimelineService(restaurants(em),
                new JpaOrderRepository(em), clock).day(restaurantId, LocalDate.of(2026, 5, 2)));

        assertThat(timeline.queue()).extracting(KitchenTimeline.Ticket::orderId)
                .containsExactly(early.getId(), ready.getId(), delivery.getId())
                .doesNotContain(tomorrow.getId());
        assertThat(timeline.queue()).extracting(KitchenTimeline.Ticket::late).containsExactly(true, false, false);
        assertThat(timeline.deliveryHandoffs()).extracting(KitchenTimeline.Ticket::orderId)
                .containsExactly(delivery.getId());
        KitchenTimeline.Ticket handoff = timeline.deliveryHandoffs().get(0);
        assertThat(handoff.dueAt().toLocalTime()).isEqualTo(LocalTime.of(12, 10));
        assertThat(handoff.promisedTime().toLocalTime()).isEqualTo(LocalTime.of(12, 20));
        assertThat(handoff.address()).contains("5 rue Colbert");
        assertThat(handoff.lines()).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualTo(2);
            assertThat(line.name()).isEqualTo("Pizza");
        });
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** Takes an order the way OrderTakingService does: reserve under the kitchen lock, place, promise. */
    private Order place(OrderType type, Instant requested, Duration travel) {
        return db.inTransaction((EntityManager em) -> {
            RestaurantService restaurants = restaurants(em);
            OrderTimingService.KitchenPromise promise = timing(em).reserve(restaurants.get(restaurantId), type,
                    requested, TWO_PIZZAS, travel);
            JpaOrderRepository repository = new JpaOrderRepository(em);
            Order order = new OrderService(repository, new RecordingEvent<>(), new RecordingEvent<>(), clock)
                    .place(restaurantId, command(type));
            order.promise(promise.promisedTime(), promise.kitchenDueAt());
            return order;
        });
    }

    private OrderTimingService timing(EntityManager em) {
        return new OrderTimingService(restaurants(em), new JpaOrderRepository(em), clock);
    }

    private RestaurantService restaurants(EntityManager em) {
        return new RestaurantService(new JpaRestaurantRepository(em), clock);
    }

    private PlaceOrderCommand command(OrderType type) {
        PlaceOrderCommand.Address address = type == OrderType.DELIVERY
                ? new PlaceOrderCommand.Address("5 rue Colbert", "13001", "Marseille", null, null, null) : null;
        return new PlaceOrderCommand(type, OrderSource.API, null, null, false, "Léa",
                PhoneNumber.parse("0612345678", "FR"), address, type == OrderType.DELIVERY ? 300 : 0, null, null,
                List.of(new PlaceOrderCommand.Line(itemId, null, "Pizza", 1000, 2, List.of(), List.of(), null)));
    }

    private long ordersCount() {
        return db.inTransaction((EntityManager em) -> em.createQuery("SELECT COUNT(o) FROM CustomerOrder o WHERE o.status <> :cancelled",
                Long.class).setParameter("cancelled", OrderStatus.CANCELLED).getSingleResult());
    }
}
