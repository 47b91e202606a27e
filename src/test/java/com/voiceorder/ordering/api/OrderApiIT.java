package com.voiceorder.ordering.api;

import static com.voiceorder.testing.ApiFixtures.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.ApiFixtures;
import com.voiceorder.testing.LibertyServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Orders through the REST API: priced from a real menu, stored, listed, moved through their lifecycle. */
@EnabledIfSystemProperty(named = "voiceorder.it.http.port", matches = "\\d+",
        disabledReason = "needs the packaged server: runs under Failsafe (mvn verify)")
class OrderApiIT {

    private LibertyServer server;
    private ApiClient admin;
    private long restaurant;
    private String orders;
    private long pizza;
    private long drink;
    private long large;
    private long normal;
    private long cheese;

    @BeforeEach
    void restaurantWithMenu() {
        server = LibertyServer.shared();
        admin = ApiClient.admin(server);
        restaurant = ApiFixtures.restaurant(admin);
        orders = "/api/restaurants/" + restaurant + "/orders";
        long category = ApiFixtures.category(admin, restaurant, "Pizzas");
        JsonNode margherita = ApiFixtures.item(admin, restaurant, category, "Margherita", 1000, List.of(
                Map.of("name", "Taille", "minChoices", 1, "maxChoices", 1, "options", List.of(
                        Map.of("name", "Normale", "priceDeltaCents", 0),
                        Map.of("name", "Grande", "priceDeltaCents", 300))),
                Map.of("name", "Suppléments", "minChoices", 0, "maxChoices", 2, "options", List.of(
                        Map.of("name", "Fromage", "priceDeltaCents", 150),
                        Map.of("name", "Jambon", "priceDeltaCents", 200)))));
        pizza = margherita.get("id").asLong();
        normal = ApiFixtures.optionId(margherita, "Normale");
        large = ApiFixtures.optionId(margherita, "Grande");
        cheese = ApiFixtures.optionId(margherita, "Fromage");
        drink = ApiFixtures.item(admin, restaurant, category, "Limonade", 250, List.of()).get("id").asLong();
    }

    private Map<String, Object> pickup(List<Map<String, Object>> lines) {
        return Map.of("type", "PickUp", "customer", Map.of("phone", "06 12 34 56 78", "name", "Mohamed Benali"),
                "requestedTime", ApiFixtures.tomorrowAt("19:30"), "lines", lines, "notes", "Bien cuite");
    }

    private long placeOrder() {
        Reply created = admin.post(orders, pickup(List.of(Map.of("itemId", pizza, "quantity", 1,
                "optionIds", List.of(normal)))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void an_order_with_options_is_priced_from_the_menu_stored_and_listed_for_its_day() {
        Reply created = admin.post(orders, pickup(List.of(
                Map.of("itemId", pizza, "quantity", 2, "optionIds", List.of(large, cheese)),
                Map.of("itemId", drink, "quantity", 1, "optionIds", List.of()))));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("subtotalCents").asLong()).isEqualTo((1000 + 300 + 150) * 2 + 250);
        Reply stored = admin.get(orders + "/" + id);
        assertThat(stored.status()).isEqualTo(200);
        JsonNode order = stored.json();
        assertThat(order.get("type").asText()).isEqualTo("pickup");
        assertThat(order.get("status").asText()).isEqualTo("NEW");
        assertThat(order.get("source").asText()).isEqualTo("API");
        assertThat(order.get("totalCents").asLong()).isEqualTo(3150);
        assertThat(order.get("deliveryFeeCents").asLong()).isZero();
        assertThat(order.at("/customer/phone").asText()).isEqualTo("+33612345678");
        assertThat(order.at("/customer/name").asText()).isEqualTo("Mohamed Benali");
        assertThat(order.at("/customer/id").isIntegralNumber()).isTrue();
        assertThat(order.get("notes").asText()).isEqualTo("Bien cuite");
        assertThat(order.get("requestedTime").asText()).isNotBlank();
        JsonNode first = order.at("/lines/0");
        assertThat(first.get("name").asText()).isEqualTo("Margherita");
        assertThat(first.get("unitPriceCents").asLong()).isEqualTo(1000);
        assertThat(first.get("quantity").asInt()).isEqualTo(2);
        assertThat(first.get("totalCents").asLong()).isEqualTo(2900);
        assertThat(first.get("options").findValuesAsText("name")).containsExactly("Taille: Grande", "Suppléments: Fromage");
        assertThat(order.at("/lines/1/name").asText()).isEqualTo("Limonade");

        String ofTomorrow = orders + "?date=" + ApiFixtures.tomorrow();
        assertThat(admin.get(ofTomorrow).json().findValuesAsText("id")).contains(String.valueOf(id));
        assertThat(admin.get(ofTomorrow + "&status=new").json().findValuesAsText("id")).contains(String.valueOf(id));
        assertThat(admin.get(ofTomorrow + "&status=COMPLETED,CANCELLED").json().findValuesAsText("id"))
                .doesNotContain(String.valueOf(id));
        assertThat(admin.get(orders + "?date=2001-01-01").json()).isEmpty();
    }

    @Test
    void an_order_walks_through_its_lifecycle_to_completed_and_cannot_be_cancelled_after() {
        long id = placeOrder();

        for (String status : List.of("ACCEPTED", "preparing", "READY", "COMPLETED")) {
            Reply moved = admin.post(orders + "/" + id + "/status", Map.of("status", status));
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
            assertThat(moved.json().get("status").asText()).isEqualTo(status.toUpperCase());
        }

        assertThat(admin.get(orders + "/" + id).json().get("completedAt").asText()).isNotBlank();
        assertThat(admin.post(orders + "/" + id + "/cancel", Map.of("reason", "too late")).status()).isEqualTo(409);
    }

    @Test
    void an_illegal_transition_is_a_conflict() {
        long id = placeOrder();

        Reply skipped = admin.post(orders + "/" + id + "/status", Map.of("status", "READY"));

        assertThat(skipped.status()).isEqualTo(409);
        assertThat(skipped.contentType()).startsWith("application/problem+json");
        assertThat(admin.get(orders + "/" + id).json().get("status").asText()).isEqualTo("NEW");
    }

    @Test
    void an_order_is_cancelled_with_its_reason() {
        long id = placeOrder();

        Reply cancelled = admin.post(orders + "/" + id + "/cancel", Map.of("reason", "Client injoignable"));

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(admin.get(orders + "/" + id).json().get("cancelReason").asText()).isEqualTo("Client injoignable");
    }

    @Test
    void invalid_orders_are_refused_naming_the_field_at_fault() {
        Reply unknownItem = admin.post(orders, pickup(List.of(
                Map.of("itemId", drink, "quantity", 1),
                Map.of("itemId", 987654321L, "quantity", 1))));
        assertThat(unknownItem.status()).isEqualTo(400);
        assertThat(errorFields(unknownItem)).containsExactly("lines[1].itemId");

        Reply noSize = admin.post(orders, pickup(List.of(Map.of("itemId", pizza, "quantity", 1,
                "optionIds", List.of(cheese)))));
        assertThat(noSize.status()).isEqualTo(400);
        assertThat(errorFields(noSize)).containsExactly("lines[0].optionIds");
        assertThat(noSize.body()).contains("Taille");

        Reply deliveryWithoutAddress = admin.post(orders, Map.of("type", "delivery",
                "customer", Map.of("phone", "0612345678"),
                "lines", List.of(Map.of("itemId", drink, "quantity", 1))));
        assertThat(deliveryWithoutAddress.status()).isEqualTo(400);
        assertThat(errorFields(deliveryWithoutAddress)).containsExactly("address");

        Reply badType = admin.post(orders, Map.of("type", "teleport",
                "lines", List.of(Map.of("itemId", drink, "quantity", 1))));
        assertThat(badType.status()).isEqualTo(400);
        assertThat(errorFields(badType)).containsExactly("type");

        Reply noLines = admin.post(orders, Map.of("type", "pickup", "lines", List.of()));
        assertThat(noLines.status()).isEqualTo(400);
        assertThat(errorFields(noLines)).containsExactly("lines");

        Reply zeroQuantity = admin.post(orders, pickup(List.of(Map.of("itemId", drink, "quantity", 0))));
        assertThat(zeroQuantity.status()).isEqualTo(400);
        assertThat(errorFields(zeroQuantity)).containsExactly("lines[0].quantity");

        Reply malformed = admin.post(orders, "{\"type\": \"pickup\", \"lines\": [");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        Reply badDate = admin.get(orders + "?date=yesterday");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(errorFields(badDate)).containsExactly("date");

        assertThat(admin.get(orders).json()).isEmpty();
    }

    @Test
    void another_restaurant_s_orders_are_not_found() {
        long id = placeOrder();
        long other = ApiFixtures.restaurant(admin);
        ApiClient otherOwner = ApiFixtures.user(server, admin, "OWNER", other);

        assertThat(admin.get("/api/restaurants/" + other + "/orders/" + id).status()).isEqualTo(404);
        assertThat(admin.post("/api/restaurants/" + other + "/orders/" + id + "/status", Map.of("status", "ACCEPTED"))
                .status()).isEqualTo(404);
        assertThat(otherOwner.get(orders).status()).isEqualTo(404);
        assertThat(otherOwner.get(orders + "/" + id).status()).isEqualTo(404);
        assertThat(otherOwner.get("/api/restaurants/" + other + "/orders").status()).isEqualTo(200);
    }

    @Test
    void staff_take_and_move_orders() {
        ApiClient staff = ApiFixtures.user(server, admin, "STAFF", restaurant);

        Reply created = staff.post(orders, pickup(List.of(Map.of("itemId", drink, "quantity", 3))));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("totalCents").asLong()).isEqualTo(750);
        long id = created.json().get("id").asLong();
        assertThat(staff.post(orders + "/" + id + "/status", Map.of("status", "ACCEPTED")).status()).isEqualTo(200);
    }
}
