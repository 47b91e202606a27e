package com.voiceorder.delivery.api;

import static com.voiceorder.testing.ApiAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.ApiFixtures;
import com.voiceorder.testing.LibertyServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The delivery check on the shared server, which has no Google key: postal-code zones decide. */
class DeliveryCheckResourceIT {

    private ApiClient admin;
    private String path;

    @BeforeEach
    void restaurantDeliveringToOneZone() {
        LibertyServer server = LibertyServer.shared();
        admin = ApiClient.admin(server);
        path = "/api/restaurants/" + ApiFixtures.restaurant(admin);
        assertThat(admin.put(path + "/delivery", Map.of("enabled", true, "radiusMeters", 0, "feeCents", 350,
                "minimumOrderCents", 1500, "zones", List.of(Map.of("postalCode", "13001", "feeCents", 200)))).status())
                .isEqualTo(200);
    }

    @Test
    void without_a_key_the_postal_code_heard_in_the_words_decides_and_the_method_is_named() {
        JsonNode inZone = admin.post(path + "/delivery/check",
                Map.of("address", "2 quai du Port, treize mille un Marseille")).json();
        JsonNode outside = admin.post(path + "/delivery/check", Map.of("address", "40 bd Baille, 13005 Marseille")).json();

        assertThat(inZone.get("deliverable").asBoolean()).as(inZone.toString()).isTrue();
        assertThat(inZone.get("method").asText()).isEqualTo("POSTAL_CODE_ZONE");
        assertThat(inZone.get("reason").asText()).contains("Google Maps is not configured");
        assertThat(inZone.get("zone").asText()).isEqualTo("13001");
        assertThat(inZone.get("feeCents").asLong()).isEqualTo(200);
        assertThat(outside.get("deliverable").asBoolean()).as(outside.toString()).isFalse();
        assertThat(outside.get("reason").asText()).contains("No delivery to postal code 13005");
    }

    @Test
    void bad_input_is_a_problem_naming_the_field_and_an_unknown_customer_is_not_found() {
        assertInvalidField(admin.post(path + "/delivery/check", Map.of("address", " ")), "address");
        assertInvalidField(admin.post(path + "/delivery/check", Map.of("address", "x".repeat(401))), "address");
        assertInvalidField(admin.post(path + "/delivery/check", Map.of("address", "1 rue A 13001", "customerId", -1)),
                "customerId");
        assertThat(admin.post(path + "/delivery/check", Map.of("address", "1 rue A 13001", "customerId", 999_999_999L))
                .status()).isEqualTo(404);
    }
}
