package com.voiceorder.calls.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderSource;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationSource;
import com.voiceorder.reservations.domain.ReservationStatus;
import com.voiceorder.restaurant.domain.Faq;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

/** The agent's tools over the real services and the demo restaurant, on H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class AgentToolsTest {

    /** Wednesday 10 June 2026, 12:30 in Paris: the restaurant is open for lunch. */
    private static final Instant WEDNESDAY_LUNCH = Instant.parse("2026-06-10T10:30:00Z");
    private static final String MOHAMED = "+33612345678";
    private static final String STRANGER = "+33700000001";

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private final Clock clock = Clock.fixed(WEDNESDAY_LUNCH, ZoneOffset.UTC);
    private long restaurantId;
    private AgentToolbox toolbox;

    @BeforeEach
    void seedDemoRestaurant() {
        db = TestDatabase.create(kind);
        restaurantId = db.inTransaction((EntityManager em) -> services(em).demo().seedIfEmpty().orElseThrow());
        toolbox = new AgentToolbox(new TransactionalToolExecution(db, clock, AgentServices.Ports.none()));
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private AgentServices services(EntityManager em) {
        return AgentServices.over(em, clock, AgentServices.Ports.none());
    }

    private ToolResult run(String caller, String callId, String tool, String arguments) {
        PhoneNumber phone = caller == null ? null : new PhoneNumber(caller);
        return toolbox.run(new AgentCall(restaurantId, null, phone, null), new ToolInvocation(callId, tool, arguments));
    }

    private long count(String entity) {
        return db.inTransaction((EntityManager em) -> em.createQuery(
                        "select count(e) from " + entity + " e where e.restaurantId = :r", Long.class)
                .setParameter("r", restaurantId).getSingleResult());
    }

    private static final String PIZZA_ORDER = """
            {"type":"pickup","items":[{"item":"margherita","quantity":2,"options":["Grande (40 cm)","Anchois"],
            "notes":null}],"customer_name":"Mohamed","phone":null,"address":null,"date":null,"time":"13:15",
            "notes":null}""";

    @Test
    void the_same_confirm_order_twice_places_one_order_and_answers_the_same() {
        long before = count("CustomerOrder");
        ToolResult first = run(MOHAMED, "call_A1", "confirm_order", PIZZA_ORDER);
        ToolResult second = run(MOHAMED, "call_A1", "confirm_order", PIZZA_ORDER);

        assertThat(first.ok()).as(first.toJson()).isTrue();
        assertThat(second.toJson()).isEqualTo(first.toJson());
        assertThat(count("CustomerOrder")).isEqualTo(before + 1);
        // 2 × (11,00 € + 4,00 € large + 1,50 € anchovies)
        assertThat(first.json().get("total_cents").asLong()).isEqualTo(3_300);
        Order order = db.inTransaction((EntityManager em) -> em.find(Order.class, first.json().get("order_id").asLong()));
        assertThat(order.getSource()).isEqualTo(OrderSource.PHONE);
        assertThat(order.getCustomerPhone()).isEqualTo(MOHAMED);
        assertThat(first.json().get("time").asText()).isEqualTo("2026-06-10 13:15");
    }

    @Test
    void an_unknown_item_is_refused_with_close_names_and_nothing_is_saved() {
        long orders = count("CustomerOrder");
        long customers = count("Customer");
        ToolResult result = run(STRANGER, "call_B1", "confirm_order", PIZZA_ORDER.replace("margherita", "Margarita"));

        assertThat(result.ok()).isFalse();
        assertThat(result.errorCode()).isEqualTo("unknown_item");
        assertThat(result.json().at("/error/field").asText()).isEqualTo("items[0].item");
        assertThat(result.json().at("/error/suggestions").toString()).contains("Margherita");
        assertThat(count("CustomerOrder")).isEqualTo(orders);
        assertThat(count("Customer")).isEqualTo(customers);
        assertThat(count("AgentToolCall")).isZero();
    }

    @Test
    void a_sold_out_item_is_refused_with_items_of_its_category() {
        ToolResult result = run(MOHAMED, "call_C1", "confirm_order",
                PIZZA_ORDER.replace("margherita", "Pieds paquets à la marseillaise").replace("\"Grande (40 cm)\",\"Anchois\"", ""));

        assertThat(result.errorCode()).isEqualTo("sold_out");
        assertThat(result.json().at("/error/suggestions").size()).isPositive();
    }

    @Test
    void an_unknown_option_bad_quantity_or_malformed_arguments_are_refused_with_the_field() {
        assertThat(run(MOHAMED, "c1", "confirm_order", PIZZA_ORDER.replace("Anchois", "Ananas")).errorCode())
                .isEqualTo("unknown_option");
        ToolResult quantity = run(MOHAMED, "c2", "confirm_order", PIZZA_ORDER.replace("\"quantity\":2", "\"quantity\":0"));
        assertThat(quantity.errorCode()).isEqualTo("invalid_arguments");
        assertThat(quantity.json().at("/error/field").asText()).isEqualTo("quantity");
        assertThat(run(MOHAMED, "c3", "confirm_order", "{\"type\":\"pickup\", items:").errorCode())
                .isEqualTo("malformed_arguments");
        assertThat(run(MOHAMED, "c4", "confirm_order", "\"just a string\"").errorCode())
                .isEqualTo("malformed_arguments");
        ToolResult wrongType = run(MOHAMED, "c5", "confirm_order", PIZZA_ORDER.replace("\"quantity\":2", "\"quantity\":\"two\""));
        assertThat(wrongType.json().at("/error/field").asText()).isEqualTo("quantity");
        ToolResult missing = run(MOHAMED, "c6", "confirm_order", "{\"type\":\"pickup\"}");
        assertThat(missing.json().at("/error/field").asText()).isEqualTo("items");
        ToolResult delivery = run(MOHAMED, "c7", "confirm_order", PIZZA_ORDER.replace("\"pickup\"", "\"delivery\""));
        assertThat(delivery.json().at("/error/field").asText()).isEqualTo("address");
        assertThat(run(MOHAMED, "c8", "confirm_order", PIZZA_ORDER.replace("13:15", "half past one")).errorCode())
                .isEqualTo("invalid_arguments");
        ToolResult noSize = run(MOHAMED, "c9", "confirm_order", PIZZA_ORDER.replace("\"Grande (40 cm)\",", ""));
        assertThat(noSize.errorCode()).isEqualTo("missing_option");
        assertThat(noSize.json().at("/error/field").asText()).isEqualTo("items[0].options");
        assertThat(noSize.json().at("/error/suggestions").toString()).contains("Grande (40 cm)");
        assertThat(count("AgentToolCall")).isZero();
    }

    @Test
    void an_order_from_a_withheld_number_needs_a_phone_number() {
        ToolResult result = run(null, "call_D1", "confirm_order", PIZZA_ORDER);

        assertThat(result.errorCode()).isEqualTo("invalid_arguments");
        assertThat(result.json().at("/error/field").asText()).isEqualTo("phone");
    }

    @Test
    void save_customer_info_updates_the_caller_instead_of_creating_a_second_customer() {
        long before = count("Customer");
        ToolResult known = run(MOHAMED, "s1", "save_customer_info", """
                {"first_name":null,"last_name":null,"allergies":"arachides","notes":null,"street":"3 rue Colbert",
                "postal_code":"13001","city":"Marseille","delivery_instructions":null,"phone":null}""");
        ToolResult created = run(STRANGER, "s2", "save_customer_info", """
                {"first_name":"Inès","last_name":"Haddad","allergies":null,"notes":null,"street":null,
                "postal_code":null,"city":null,"delivery_instructions":null,"phone":null}""");

        assertThat(known.json().get("created").asBoolean()).isFalse();
        assertThat(created.json().get("created").asBoolean()).isTrue();
        assertThat(count("Customer")).isEqualTo(before + 1);
        db.inTransaction((EntityManager em) -> {
            var recognised = services(em).recognition().recognise(restaurantId, "06 12 34 56 78").orElseThrow();
            assertThat(recognised.allergies()).isEqualTo("arachides");
            assertThat(recognised.addresses()).extracting(com.voiceorder.customers.application.KnownCaller.SavedAddress::oneLine)
                    .anyMatch(line -> line.contains("3 rue Colbert"));
        });
        ToolResult halfAddress = run(MOHAMED, "s3", "save_customer_info", """
                {"street":"3 rue Colbert","postal_code":null}""");
        assertThat(halfAddress.json().at("/error/field").asText()).isEqualTo("postal_code");
    }

    @Test
    void a_table_is_booked_found_moved_and_cancelled_by_the_caller_only() {
        ToolResult booked = run(STRANGER, "r1", "confirm_reservation", """
                {"date":"2026-06-12","time":"20:15","party_size":4,"name":"Inès Haddad","phone":null,"notes":null}""");
        assertThat(booked.ok()).as(booked.toJson()).isTrue();
        long reservationId = booked.json().get("reservation_id").asLong();
        assertThat(booked.json().get("service").asText()).isEqualTo("Dîner");

        JsonNode found = run(STRANGER, "r2", "find_reservation", "{\"date\":\"2026-06-12\"}").json();
        assertThat(found.get("reservations")).hasSize(1);
        assertThat(found.at("/reservations/0/time").asText()).isEqualTo("20:15");

        ToolResult byStranger = run(MOHAMED, "r3", "cancel_reservation", "{\"reservation_id\":" + reservationId + "}");
        assertThat(byStranger.errorCode()).isEqualTo("not_found");

        ToolResult moved = run(STRANGER, "r4", "modify_reservation",
                "{\"reservation_id\":" + reservationId + ",\"time\":\"12:30\",\"date\":\"2026-06-13\",\"party_size\":5}");
        assertThat(moved.ok()).as(moved.toJson()).isTrue();
        ToolResult noService = run(STRANGER, "r5", "modify_reservation",
                "{\"reservation_id\":" + reservationId + ",\"time\":\"16:00\"}");
        assertThat(noService.errorCode()).isEqualTo("time_unavailable");
        assertThat(noService.json().at("/error/suggestions").toString()).contains("Déjeuner", "Dîner");

        ToolResult cancelled = run(STRANGER, "r6", "cancel_reservation", "{\"reservation_id\":" + reservationId + "}");
        assertThat(cancelled.json().get("status").asText()).isEqualTo("cancelled");

        Reservation reservation = db.inTransaction((EntityManager em) -> em.find(Reservation.class, reservationId));
        assertThat(reservation.getSource()).isEqualTo(ReservationSource.PHONE);
        assertThat(reservation.getStatus()).isEqualTo(ReservationStatus.CANCELLED);
        assertThat(reservation.getPartySize()).isEqualTo(5);
        assertThat(reservation.getServiceDate()).hasToString("2026-06-13");
    }

    @Test
    void a_question_the_agent_cannot_answer_waits_for_staff_and_end_call_hangs_up() {
        ToolResult logged = run(MOHAMED, "f1", "log_new_faq",
                "{\"question\":\"Faites-vous des gâteaux d'anniversaire ?\",\"answer\":null}");
        Faq faq = db.inTransaction((EntityManager em) -> em.find(Faq.class, logged.json().get("faq_id").asLong()));
        assertThat(faq.isApproved()).isFalse();

        ToolResult end = run(MOHAMED, "e1", "end_call", "{\"reason\":\"completed\",\"summary\":null}");
        assertThat(end.json().get("hang_up").asBoolean()).isTrue();
        assertThat(run(MOHAMED, "e2", "end_call", "{\"reason\":\"bored\"}").json().at("/error/suggestions").toString())
                .contains("completed");
    }

    @Test
    void tools_of_other_capabilities_answer_unavailable_when_they_are_not_deployed() {
        assertThat(run(MOHAMED, "a1", "check_availability",
                "{\"type\":\"reservation\",\"date\":\"2026-06-12\",\"time\":\"20:00\",\"party_size\":2}").errorCode())
                .isEqualTo("unavailable");
        assertThat(run(MOHAMED, "a2", "check_delivery_address", "{\"address\":\"3 rue Colbert, 13001 Marseille\"}")
                .errorCode()).isEqualTo("unavailable");
        assertThat(run(MOHAMED, "a3", "no_such_tool", "{}").errorCode()).isEqualTo("unknown_tool");
    }

    @Test
    void concurrent_duplicates_of_one_confirm_order_place_one_order() throws Exception {
        assumeTrue(kind == DatabaseKind.POSTGRES, "row locks and unique constraints under concurrency: PostgreSQL");
        long before = count("CustomerOrder");
        List<ToolResult> results = concurrently(8, i -> run(MOHAMED, "call_same", "confirm_order", PIZZA_ORDER));

        assertThat(results).allMatch(ToolResult::ok);
        assertThat(results).extracting(result -> result.json().get("order_id").asLong()).containsOnly(
                results.get(0).json().get("order_id").asLong());
        assertThat(count("CustomerOrder")).isEqualTo(before + 1);
    }

    @Test
    void concurrent_first_saves_of_one_new_number_create_one_customer() throws Exception {
        assumeTrue(kind == DatabaseKind.POSTGRES, "unique constraint and retry under concurrency: PostgreSQL");
        long before = count("Customer");
        List<ToolResult> results = concurrently(6, i -> run(STRANGER, "save_" + i, "save_customer_info",
                "{\"first_name\":\"Inès\",\"allergies\":\"gluten\"}"));

        assertThat(results).as(results.toString()).allMatch(ToolResult::ok);
        assertThat(results).extracting(result -> result.json().get("customer_id").asLong()).containsOnly(
                results.get(0).json().get("customer_id").asLong());
        assertThat(count("Customer")).isEqualTo(before + 1);
    }

    private interface Attempt {
        ToolResult run(int index);
    }

    private static List<ToolResult> concurrently(int threads, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ToolResult>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                Callable<ToolResult> task = () -> {
                    start.await();
                    return attempt.run(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<ToolResult> results = new ArrayList<>();
            for (Future<ToolResult> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
