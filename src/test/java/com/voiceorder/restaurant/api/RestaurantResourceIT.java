package com.voiceorder.restaurant.api;

import static com.voiceorder.testing.ApiAssertions.assertInvalidField;
import static com.voiceorder.testing.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.LibertyServer;
import com.voiceorder.testing.TestTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /api/restaurants against the running server; also the scoping of every restaurant-scoped path. */
class RestaurantResourceIT {

    private LibertyServer server;

    @BeforeEach
    void server() {
        server = LibertyServer.shared();
    }

    private static Map<String, Object> profile(String name) {
        return Map.of("name", name, "slug", name.toLowerCase().replaceAll("[^a-z0-9]+", "-"), "countryCode", "fr",
                "timeZone", "Europe/Paris", "phone", "04 91 00 00 00", "street", "1 quai du Port", "postalCode", "13002",
                "city", "Marseille", "email", "contact@example.fr");
    }

    @Test
    void an_admin_creates_a_restaurant_its_owner_configures_it_and_an_admin_deactivates_it() {
        TestTenant tenant = TestTenant.create(server);
        String name = "Le Port " + tenant.restaurantId();

        Reply updated = tenant.owner().put(tenant.path(""), profile(name));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("phone").asText()).isEqualTo("+33491000000");
        assertThat(updated.json().get("countryCode").asText()).isEqualTo("FR");

        Reply hours = tenant.owner().put(tenant.path("/opening-hours"), Map.of("openingHours", List.of(
                Map.of("dayOfWeek", "FRIDAY", "opens", "19:00", "closes", "01:00"),
                Map.of("dayOfWeek", "MONDAY", "opens", "12:00", "closes", "14:30"))));
        assertThat(hours.status()).as(hours.body()).isEqualTo(200);
        Reply closures = tenant.owner().put(tenant.path("/closures"), Map.of("closures", List.of(
                Map.of("fromDate", "2030-12-24", "toDate", "2030-12-26", "reason", "Noël"))));
        assertThat(closures.status()).as(closures.body()).isEqualTo(200);
        Reply delivery = tenant.owner().put(tenant.path("/delivery"), Map.of("enabled", true, "radiusMeters", 0,
                "feeCents", 250, "minimumOrderCents", 1500, "zones", List.of(
                        Map.of("postalCode", "13 002", "feeCents", 300),
                        Map.of("postalCode", "13001", "feeCents", 0, "minimumOrderCents", 2000))));
        assertThat(delivery.status()).as(delivery.body()).isEqualTo(200);
        Reply kitchen = tenant.owner().put(tenant.path("/kitchen-capacity"), Map.of("slotMinutes", 10,
                "maxOrdersPerSlot", 3, "maxItemsPerSlot", 12, "defaultPrepMinutes", 18, "lastOrderMinutesBeforeClosing", 20));
        assertThat(kitchen.status()).as(kitchen.body()).isEqualTo(200);

        JsonNode read = tenant.staff().get(tenant.path("")).json();
        assertThat(read.get("name").asText()).isEqualTo(name);
        assertThat(read.get("email").asText()).isEqualTo("contact@example.fr");
        assertThat(read.at("/openingHours/0/dayOfWeek").asText()).isEqualTo("MONDAY");
        assertThat(read.at("/openingHours/1/opens").asText()).startsWith("19:00");
        assertThat(read.at("/openingHours/1/closes").asText()).startsWith("01:00");
        assertThat(read.at("/closures/0/reason").asText()).isEqualTo("Noël");
        assertThat(read.at("/delivery/enabled").asBoolean()).isTrue();
        assertThat(read.at("/delivery/zones/1/postalCode").asText()).isEqualTo("13002");
        assertThat(read.at("/delivery/zones/0/minimumOrderCents").asLong()).isEqualTo(2000);
        assertThat(read.at("/kitchenCapacity/slotMinutes").asInt()).isEqualTo(10);
        assertThat(read.get("active").asBoolean()).isTrue();

        assertProblem(tenant.owner().post(tenant.path("/deactivate"), ""), 403);
        assertThat(tenant.admin().post(tenant.path("/deactivate"), "").json().get("active").asBoolean()).isFalse();
        assertThat(listed(tenant.owner(), tenant.restaurantId())).isPresent().hasValueSatisfying(r ->
                assertThat(r.get("active").asBoolean()).isFalse());
        assertThat(tenant.admin().post(tenant.path("/activate"), "").json().get("active").asBoolean()).isTrue();
    }

    @Test
    void only_an_admin_creates_and_a_created_restaurant_is_located_and_readable() {
        TestTenant tenant = TestTenant.create(server);

        assertProblem(tenant.owner().post("/api/restaurants", profile("Chez Owner")), 403);
        Reply created = tenant.admin().post("/api/restaurants", Map.of("name", "Sans slug", "countryCode", "FR",
                "timeZone", "Europe/Paris"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/restaurants/" + created.json().get("id").asLong());
        assertThat(created.json().get("language").asText()).isEqualTo("fr");
        assertThat(created.json().get("currency").asText()).isEqualTo("EUR");
        assertThat(created.json().at("/delivery/enabled").asBoolean()).isFalse();
    }

    @Test
    void staff_reads_the_restaurant_but_may_not_change_its_settings() {
        TestTenant tenant = TestTenant.create(server);

        assertThat(tenant.staff().get(tenant.path("")).status()).isEqualTo(200);
        assertProblem(tenant.staff().put(tenant.path(""), profile("Staff rename")), 403);
        assertProblem(tenant.staff().put(tenant.path("/opening-hours"), Map.of("openingHours", List.of())), 403);
    }

    @Test
    void invalid_settings_answer_400_naming_the_field() {
        TestTenant tenant = TestTenant.create(server);

        assertInvalidField(tenant.admin().post("/api/restaurants", Map.of("countryCode", "FR", "timeZone", "Europe/Paris")),
                "name");
        assertInvalidField(tenant.owner().put(tenant.path(""), Map.of("name", "X", "countryCode", "FR",
                "timeZone", "Mars/Olympus")), "timeZone");
        assertInvalidField(tenant.owner().put(tenant.path("/opening-hours"), Map.of("openingHours", List.of(
                Map.of("dayOfWeek", "MONDAY", "closes", "14:00")))), "openingHours[0].opens");
        assertInvalidField(tenant.owner().put(tenant.path("/opening-hours"), Map.of("openingHours", List.of(
                Map.of("dayOfWeek", "MONDAY", "opens", "12:00", "closes", "15:00"),
                Map.of("dayOfWeek", "MONDAY", "opens", "14:00", "closes", "16:00")))), "openingHours");
        assertInvalidField(tenant.owner().put(tenant.path("/kitchen-capacity"), Map.of("slotMinutes", 2,
                "maxOrdersPerSlot", 3, "maxItemsPerSlot", 12, "defaultPrepMinutes", 18, "lastOrderMinutesBeforeClosing", 20)),
                "slotMinutes");
        assertInvalidField(tenant.owner().put(tenant.path("/delivery"), Map.of("enabled", true, "radiusMeters", 0,
                "feeCents", 0, "minimumOrderCents", 0)), "radiusMeters");
    }

    @Test
    void a_malformed_json_body_answers_400_problem_json() {
        TestTenant tenant = TestTenant.create(server);

        assertProblem(tenant.owner().put(tenant.path(""), "{\"name\": \"unclosed"), 400);
        assertProblem(tenant.owner().put(tenant.path("/opening-hours"), "{\"openingHours\": [{\"dayOfWeek\": \"MOONDAY\"}]}"), 400);
    }

    @Test
    void the_openapi_document_describes_the_catalog_endpoints() {
        Reply openApi = ApiClient.anonymous(server).get("/openapi");

        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/restaurants/{restaurantId}/menu/items/{itemId}/sold-out",
                "/api/restaurants/{restaurantId}/customers/{customerId}/addresses", "/api/restaurants/{restaurantId}/faq",
                "/api/restaurants/{restaurantId}/formulas", "/api/me/tokens", "/api/users/{userId}/restaurants");
    }

    @Test
    void an_unknown_restaurant_is_404_even_for_an_admin() {
        ApiClient admin = ApiClient.admin(server);

        assertProblem(admin.get("/api/restaurants/987654321"), 404);
        assertProblem(admin.get("/api/restaurants/987654321/menu/items"), 404);
    }

    @Test
    void an_owner_of_one_restaurant_gets_404_for_every_path_of_another_and_does_not_list_it() {
        TestTenant a = TestTenant.create(server);
        TestTenant b = TestTenant.create(server);
        ApiClient ownerOfA = a.owner();

        assertThat(listed(ownerOfA, a.restaurantId())).isPresent();
        assertThat(listed(ownerOfA, b.restaurantId())).isEmpty();

        String base = b.path("");
        Map<String, Object> body = Map.of("name", "x");
        List<Function<ApiClient, Reply>> calls = List.of(
                c -> c.get(base), c -> c.put(base, profile("Stolen")),
                c -> c.put(base + "/opening-hours", Map.of("openingHours", List.of())),
                c -> c.put(base + "/closures", Map.of("closures", List.of())),
                c -> c.put(base + "/delivery", body), c -> c.put(base + "/kitchen-capacity", body),
                c -> c.post(base + "/deactivate", ""), c -> c.post(base + "/activate", ""),
                c -> c.get(base + "/menu/categories"), c -> c.post(base + "/menu/categories", body),
                c -> c.get(base + "/menu/categories/1"), c -> c.put(base + "/menu/categories/1", body),
                c -> c.delete(base + "/menu/categories/1"),
                c -> c.get(base + "/menu/items"), c -> c.post(base + "/menu/items", body),
                c -> c.get(base + "/menu/items/1"), c -> c.put(base + "/menu/items/1", body),
                c -> c.delete(base + "/menu/items/1"),
                c -> c.put(base + "/menu/items/1/sold-out", ""), c -> c.delete(base + "/menu/items/1/sold-out"),
                c -> c.get(base + "/formulas"), c -> c.post(base + "/formulas", body), c -> c.get(base + "/formulas/1"),
                c -> c.put(base + "/formulas/1", body), c -> c.delete(base + "/formulas/1"),
                c -> c.get(base + "/faq"), c -> c.post(base + "/faq", body), c -> c.get(base + "/faq/1"),
                c -> c.put(base + "/faq/1", body), c -> c.delete(base + "/faq/1"), c -> c.post(base + "/faq/1/approve", ""),
                c -> c.get(base + "/customers"), c -> c.get(base + "/customers?phone=0612345678"),
                c -> c.post(base + "/customers", body), c -> c.get(base + "/customers/1"),
                c -> c.put(base + "/customers/1", body), c -> c.delete(base + "/customers/1"),
                c -> c.post(base + "/customers/1/addresses", body), c -> c.get(base + "/customers/1/addresses/1"),
                c -> c.delete(base + "/customers/1/addresses/1"));

        List<String> leaks = new ArrayList<>();
        for (Function<ApiClient, Reply> call : calls) {
            Reply reply = call.apply(ownerOfA);
            if (reply.status() != 404 || !reply.contentType().startsWith("application/problem+json")) {
                leaks.add(reply.status() + " " + reply.body());
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static java.util.Optional<JsonNode> listed(ApiClient client, long restaurantId) {
        Reply list = client.get("/api/restaurants");
        assertThat(list.status()).isEqualTo(200);
        for (JsonNode restaurant : list.json()) {
            if (restaurant.get("id").asLong() == restaurantId) {
                return java.util.Optional.of(restaurant);
            }
        }
        return java.util.Optional.empty();
    }
}
