package com.voiceorder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.testing.ApiClient.Reply;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh restaurant created through the API for one integration test, with an owner and a staff
 * member of its own (unique names, so tests never see each other's data).
 */
public record TestTenant(long restaurantId, ApiClient admin, ApiClient owner, ApiClient staff, String ownerUsername,
                         String staffUsername) {

    public static final String PASSWORD = "it-password-1";

    public static TestTenant create(LibertyServer server) {
        ApiClient admin = ApiClient.admin(server);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Reply restaurant = admin.post("/api/restaurants", Map.of("name", "IT " + unique, "countryCode", "FR",
                "timeZone", "Europe/Paris", "phone", "04 91 00 00 00", "city", "Marseille"));
        assertThat(restaurant.status()).as(restaurant.body()).isEqualTo(201);
        long restaurantId = restaurant.json().get("id").asLong();
        ApiFixtures.openEveryDay(admin, restaurantId, "00:00", "23:59");
        String owner = "owner-" + unique;
        String staff = "staff-" + unique;
        createUser(admin, owner, "OWNER", restaurantId);
        createUser(admin, staff, "STAFF", restaurantId);
        return new TestTenant(restaurantId, admin, ApiClient.basic(server, owner, PASSWORD),
                ApiClient.basic(server, staff, PASSWORD), owner, staff);
    }

    private static void createUser(ApiClient admin, String username, String role, long restaurantId) {
        Reply user = admin.post("/api/users", Map.of("username", username, "displayName", username, "password", PASSWORD,
                "role", role, "restaurantIds", List.of(restaurantId)));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
    }

    /** "/api/restaurants/{id}" + suffix. */
    public String path(String suffix) {
        return "/api/restaurants/" + restaurantId + suffix;
    }
}
