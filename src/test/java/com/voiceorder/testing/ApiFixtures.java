package com.voiceorder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient.Reply;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Data created through the REST API for integration tests: each call makes new, uniquely named rows. */
public final class ApiFixtures {

    public static final String USER_PASSWORD = "it-password-123";

    private ApiFixtures() {
    }

    /**
     * A new restaurant in Marseille (Europe/Paris), created by the admin and open around the clock, so
     * that orders do not depend on the hour the tests run at; returns its id.
     */
    public static long restaurant(ApiClient admin) {
        String unique = unique();
        Reply reply = admin.post("/api/restaurants", Map.of(
                "name", "IT " + unique, "slug", "it-" + unique, "street", "1 rue de la Paix", "postalCode", "13001",
                "city", "Marseille", "countryCode", "FR", "timeZone", "Europe/Paris"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        long id = reply.json().get("id").asLong();
        openEveryDay(admin, id, "00:00", "23:59");
        return id;
    }

    /** Replaces the restaurant's hours by one range every day ("00:00" to "23:59": around the clock). */
    public static void openEveryDay(ApiClient admin, long restaurantId, String opens, String closes) {
        List<Map<String, Object>> ranges = Arrays.stream(DayOfWeek.values())
                .map(day -> Map.<String, Object>of("dayOfWeek", day.name(), "opens", opens, "closes", closes))
                .toList();
        Reply reply = admin.put("/api/restaurants/" + restaurantId + "/opening-hours", Map.of("openingHours", ranges));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    /** Tomorrow in Paris at that wall-clock time, as the API takes a requested time ("2026-05-03T19:30"). */
    public static String tomorrowAt(String time) {
        return tomorrow() + "T" + time;
    }

    public static LocalDate tomorrow() {
        return LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(1);
    }

    /** A new user of that role and restaurant, signed in with HTTP Basic. */
    public static ApiClient user(LibertyServer server, ApiClient admin, String role, long restaurantId) {
        String username = role.toLowerCase() + "-" + unique();
        Reply reply = admin.post("/api/users", Map.of("username", username, "displayName", username,
                "password", USER_PASSWORD, "role", role, "restaurantIds", List.of(restaurantId)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return ApiClient.basic(server, username, USER_PASSWORD);
    }

    public static long category(ApiClient manager, long restaurantId, String name) {
        Reply reply = manager.post("/api/restaurants/" + restaurantId + "/menu/categories", Map.of("name", name));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    /** A menu item; {@code optionGroups} as the API takes them (name, minChoices, maxChoices, options). */
    public static JsonNode item(ApiClient manager, long restaurantId, long categoryId, String name, long priceCents,
                                List<Map<String, Object>> optionGroups) {
        Reply reply = manager.post("/api/restaurants/" + restaurantId + "/menu/items", Map.of(
                "categoryId", categoryId, "name", name, "priceCents", priceCents, "optionGroups", optionGroups));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    /** The id of the option called {@code name} in a created item. */
    public static long optionId(JsonNode item, String name) {
        for (JsonNode group : item.get("optionGroups")) {
            for (JsonNode option : group.get("options")) {
                if (option.get("name").asText().equals(name)) {
                    return option.get("id").asLong();
                }
            }
        }
        throw new AssertionError("No option " + name + " in " + item);
    }

    /** The field names of a 400 problem's errors. */
    public static List<String> errorFields(Reply reply) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.json().path("errors").findValuesAsText("field");
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
