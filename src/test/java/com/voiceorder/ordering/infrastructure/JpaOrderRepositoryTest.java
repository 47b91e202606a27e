package com.voiceorder.ordering.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.ordering.domain.DeliveryAddress;
import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderLine;
import com.voiceorder.ordering.domain.OrderLineChoice;
import com.voiceorder.ordering.domain.OrderLineOption;
import com.voiceorder.ordering.domain.OrderSource;
import com.voiceorder.ordering.domain.OrderStatus;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class JpaOrderRepositoryTest {

    private static final Instant NOON = Instant.parse("2026-03-29T10:00:00Z"); // 12:00 in Paris (CEST)

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void a_delivery_order_round_trips_with_its_lines_options_choices_and_address() {
        long[] ids = db.inTransaction(em -> {
            long restaurant = Fixtures.restaurant(em);
            long customer = Fixtures.customer(em, restaurant);
            long pizza = Fixtures.menuItem(em, restaurant);
            long formula = Fixtures.formula(em, restaurant);
            long dessert = Fixtures.menuItem(em, restaurant);
            Order order = new Order(restaurant, OrderType.DELIVERY, OrderSource.PHONE, "Mohamed", "+33612345678",
                    new DeliveryAddress("12 rue de la République", "13001", "Marseille", 43.2965, 5.3698, "2e étage"),
                    300,
                    List.of(OrderLine.ofItem(pizza, "Margherita", 1000, 2,
                                    List.of(new OrderLineOption(77L, "Extra mozzarella", 150),
                                            new OrderLineOption(78L, "Sans basilic", 0)), "bien cuite"),
                            OrderLine.ofFormula(formula, "Menu midi", 1450, 1,
                                    List.of(new OrderLineChoice("Plat", pizza, "Margherita"),
                                            new OrderLineChoice("Dessert", dessert, "Tiramisu")), List.of(), null)),
                    NOON);
            order.linkCustomer(customer);
            order.requestFor(NOON.plusSeconds(3600));
            order.annotate("Code porte 1234");
            order.accept(NOON.plusSeconds(60));
            order.promise(NOON.plusSeconds(2700));
            Order saved = new JpaOrderRepository(em).save(order);
            return new long[] {restaurant, saved.getId(), customer, pizza, formula};
        });

        Order loaded = db.inTransaction(em -> {
            Order order = new JpaOrderRepository(em).find(ids[0], ids[1]).orElseThrow();
            order.getLines().forEach(line -> line.getOptions().size());
            return order;
        });

        assertThat(loaded.getCustomerId()).isEqualTo(ids[2]);
        assertThat(loaded.getType()).isEqualTo(OrderType.DELIVERY);
        assertThat(loaded.getStatus()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(loaded.getAcceptedAt()).isEqualTo(NOON.plusSeconds(60));
        assertThat(loaded.getCreatedAt()).isEqualTo(NOON);
        assertThat(loaded.getRequestedTime()).isEqualTo(NOON.plusSeconds(3600));
        assertThat(loaded.getPromisedTime()).isEqualTo(NOON.plusSeconds(2700));
        assertThat(loaded.getCustomerPhone()).isEqualTo("+33612345678");
        assertThat(loaded.getDeliveryAddress())
                .isEqualTo(new DeliveryAddress("12 rue de la République", "13001", "Marseille", 43.2965, 5.3698,
                        "2e étage"));
        assertThat(loaded.getNotes()).isEqualTo("Code porte 1234");
        assertThat(loaded.getSubtotalCents()).isEqualTo(2 * 1150 + 1450);
        assertThat(loaded.getDeliveryFeeCents()).isEqualTo(300);
        assertThat(loaded.getTotalCents()).isEqualTo(2 * 1150 + 1450 + 300);
        assertThat(loaded.getLines()).extracting(OrderLine::getName).containsExactly("Margherita", "Menu midi");
        OrderLine pizzaLine = loaded.getLines().get(0);
        assertThat(pizzaLine.getMenuItemId()).isEqualTo(ids[3]);
        assertThat(pizzaLine.getQuantity()).isEqualTo(2);
        assertThat(pizzaLine.getNotes()).isEqualTo("bien cuite");
        assertThat(pizzaLine.getOptions()).containsExactly(new OrderLineOption(77L, "Extra mozzarella", 150),
                new OrderLineOption(78L, "Sans basilic", 0));
        OrderLine formulaLine = loaded.getLines().get(1);
        assertThat(formulaLine.getFormulaId()).isEqualTo(ids[4]);
        assertThat(formulaLine.getChoices()).extracting(OrderLineChoice::getSlotName, OrderLineChoice::getItemName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Plat", "Margherita"),
                        org.assertj.core.groups.Tuple.tuple("Dessert", "Tiramisu"));
    }

    @Test
    void orders_are_listed_for_a_time_range_and_statuses_of_one_restaurant_only() {
        long[] ids = db.inTransaction(em -> {
            long restaurant = Fixtures.restaurant(em);
            long other = Fixtures.restaurant(em);
            long item = Fixtures.menuItem(em, restaurant);
            JpaOrderRepository orders = new JpaOrderRepository(em);
            Order early = orders.save(pickup(restaurant, item, NOON.minusSeconds(11 * 3600)));   // 01:00 Paris
            Order accepted = orders.save(pickup(restaurant, item, NOON));
            accepted.accept(NOON.plusSeconds(30));
            Order lateNew = orders.save(pickup(restaurant, item, NOON.plusSeconds(11 * 3600 + 59 * 60))); // 23:59
            orders.save(pickup(restaurant, item, NOON.plusSeconds(12 * 3600)));                  // next day 00:00
            orders.save(pickup(restaurant, item, NOON.minusSeconds(12 * 3600 + 1)));             // previous day
            orders.save(pickup(other, Fixtures.menuItem(em, other), NOON));
            return new long[] {restaurant, early.getId(), accepted.getId(), lateNew.getId()};
        });
        Instant dayStart = Instant.parse("2026-03-28T23:00:00Z"); // 29 March 00:00 in Paris (still CET)
        Instant dayEnd = Instant.parse("2026-03-29T22:00:00Z");   // 30 March 00:00 in Paris (CEST): a 23-hour day

        List<Order> all = db.inTransaction(
                (EntityManager em) -> new JpaOrderRepository(em).findCreatedBetween(ids[0], dayStart, dayEnd, Set.of()));
        List<Order> newOnes = db.inTransaction((EntityManager em) -> new JpaOrderRepository(em)
                .findCreatedBetween(ids[0], dayStart, dayEnd, Set.of(OrderStatus.NEW)));

        assertThat(all).extracting(Order::getId).containsExactly(ids[1], ids[2], ids[3]);
        assertThat(newOnes).extracting(Order::getId).containsExactly(ids[1], ids[3]);
    }

    @Test
    void an_order_placed_today_for_tomorrow_is_due_tomorrow() {
        long[] ids = db.inTransaction(em -> {
            long restaurant = Fixtures.restaurant(em);
            long item = Fixtures.menuItem(em, restaurant);
            JpaOrderRepository orders = new JpaOrderRepository(em);
            Order forTomorrow = orders.save(pickup(restaurant, item, NOON));
            forTomorrow.promise(NOON.plusSeconds(24 * 3600));
            Order requested = orders.save(pickup(restaurant, item, NOON));
            requested.requestFor(NOON.plusSeconds(23 * 3600));
            Order now = orders.save(pickup(restaurant, item, NOON.plusSeconds(24 * 3600)));
            return new long[] {restaurant, forTomorrow.getId(), requested.getId(), now.getId()};
        });
        Instant tomorrowStart = Instant.parse("2026-03-29T22:00:00Z"); // 30 March 00:00 in Paris

        List<Order> dueTomorrow = db.inTransaction((EntityManager em) -> new JpaOrderRepository(em)
                .findForDay(ids[0], tomorrowStart, tomorrowStart.plusSeconds(24 * 3600),
                        tomorrowStart.plusSeconds(30 * 3600), Set.of()));
        List<Order> dueToday = db.inTransaction((EntityManager em) -> new JpaOrderRepository(em)
                .findForDay(ids[0], tomorrowStart.minusSeconds(23 * 3600), tomorrowStart,
                        tomorrowStart.plusSeconds(6 * 3600), Set.of()));

        assertThat(dueTomorrow).extracting(Order::getId).containsExactly(ids[2], ids[1], ids[3]);
        assertThat(dueToday).isEmpty();
    }

    @Test
    void an_order_of_another_restaurant_is_not_found() {
        long[] ids = db.inTransaction(em -> {
            long restaurant = Fixtures.restaurant(em);
            long other = Fixtures.restaurant(em);
            Order order = new JpaOrderRepository(em).save(pickup(restaurant, Fixtures.menuItem(em, restaurant), NOON));
            return new long[] {other, order.getId()};
        });

        assertThat(db.inTransaction((EntityManager em) -> new JpaOrderRepository(em).find(ids[0], ids[1]))).isEmpty();
    }

    @Test
    void an_order_placed_late_for_just_after_midnight_is_on_the_day_it_was_placed_and_the_next() {
        Instant lateEvening = Instant.parse("2026-03-29T21:40:00Z"); // 23:40 in Paris
        long[] ids = db.inTransaction(em -> {
            long restaurant = Fixtures.restaurant(em);
            long item = Fixtures.menuItem(em, restaurant);
            JpaOrderRepository orders = new JpaOrderRepository(em);
            Order tonight = orders.save(pickup(restaurant, item, lateEvening));
            tonight.promise(lateEvening.plusSeconds(30 * 60));              // 00:10
            Order breakfast = orders.save(pickup(restaurant, item, lateEvening));
            breakfast.requestFor(lateEvening.plusSeconds(8 * 3600 + 20 * 60)); // 08:00
            return new long[] {restaurant, tonight.getId(), breakfast.getId()};
        });
        Instant todayStart = Instant.parse("2026-03-28T23:00:00Z");
        Instant tomorrowStart = Instant.parse("2026-03-29T22:00:00Z");

        List<Order> today = db.inTransaction((EntityManager em) -> new JpaOrderRepository(em)
                .findForDay(ids[0], todayStart, tomorrowStart, tomorrowStart.plusSeconds(6 * 3600), Set.of()));
        List<Order> tomorrow = db.inTransaction((EntityManager em) -> new JpaOrderRepository(em)
                .findForDay(ids[0], tomorrowStart, tomorrowStart.plusSeconds(24 * 3600),
                        tomorrowStart.plusSeconds(30 * 3600), Set.of()));

        assertThat(today).extracting(Order::getId).containsExactly(ids[1]);
        assertThat(tomorrow).extracting(Order::getId).containsExactly(ids[1], ids[2]);
    }

    private static Order pickup(long restaurant, long item, Instant createdAt) {
        return new Order(restaurant, OrderType.PICKUP, OrderSource.DASHBOARD, "Léa", null, null, 0,
                List.of(OrderLine.ofItem(item, "Calzone", 1200, 1, List.of(), null)), createdAt);
    }
}
