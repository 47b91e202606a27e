package com.voiceorder.delivery.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.delivery.testing.FakeGoogleMaps;
import com.voiceorder.delivery.testing.FakeGoogleMaps.Place;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.ApiFixtures;
import com.voiceorder.testing.LibertyServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The delivery check in the packaged server pointed at a local fake of Google Maps
 * (VOICEORDER_GOOGLE_BASE_URL, VOICEORDER_GOOGLE_API_KEY): Google's answer is used, and once
 * the fake is gone the fault-tolerance fallback lets the postal-code zones decide.
 */
class DeliveryCheckIT {

    private static final String KEY = "AIzaFakeKeyForIntegrationTests01";
    private static final String CUSTOMER_ADDRESS = "40 boulevard Baille, 13005 Marseille";

    private FakeGoogleMaps google;
    private LibertyServer server;

    @BeforeEach
    void start() {
        google = FakeGoogleMaps.start(KEY)
                .knows("1 rue de la Paix, 13001 Marseille", Place.rooftop("1 Rue de la Paix, 13001 Marseille, France",
                        43.2965, 5.3698, "13001", "Marseille"))
                .knows(CUSTOMER_ADDRESS, Place.rooftop("40 Bd Baille, 13005 Marseille, France", 43.2880, 5.3900,
                        "13005", "Marseille"))
                .routeTo(43.2880, 5.3900, 3240, 545);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        google.close();
    }

    @Test
    void google_decides_by_road_distance_then_postal_zones_decide_when_google_is_down() {
        server = LibertyServer.dedicated(Map.of("VOICEORDER_GOOGLE_BASE_URL", google.baseUrl(),
                "VOICEORDER_GOOGLE_API_KEY", KEY));
        ApiClient admin = ApiClient.admin(server);
        long restaurantId = ApiFixtures.restaurant(admin);
        String path = "/api/restaurants/" + restaurantId;
        Reply configured = admin.put(path + "/delivery", Map.of("enabled", true, "radiusMeters", 5000, "feeCents", 350,
                "minimumOrderCents", 1500, "freeDeliveryThresholdCents", 4000,
                "zones", List.of(Map.of("postalCode", "13001", "feeCents", 200))));
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);

        Reply byGoogle = admin.post(path + "/delivery/check", Map.of("address", CUSTOMER_ADDRESS));
        assertThat(byGoogle.status()).as(byGoogle.body()).isEqualTo(200);
        JsonNode result = byGoogle.json();
        assertThat(result.get("deliverable").asBoolean()).as(byGoogle.body()).isTrue();
        assertThat(result.get("method").asText()).isEqualTo("GOOGLE_ROAD_DISTANCE");
        assertThat(result.get("formattedAddress").asText()).isEqualTo("40 Bd Baille, 13005 Marseille, France");
        assertThat(result.get("distanceMeters").asLong()).isEqualTo(3240);
        assertThat(result.get("feeCents").asLong()).isEqualTo(350);
        assertThat(result.get("minimumOrderCents").asLong()).isEqualTo(1500);
        assertThat(result.get("freeDeliveryThresholdCents").asLong()).isEqualTo(4000);
        assertThat(result.get("etaMinutes").asInt()).isEqualTo(30);
        assertThat(admin.get(path).json().get("latitude").asDouble()).as("restaurant geocoded and stored")
                .isEqualTo(43.2965);
        assertThat(google.routeRequests()).hasSize(1);

        google.close();

        JsonNode inZone = admin.post(path + "/delivery/check", Map.of("address", "2 quai du Port, 13001 Marseille")).json();
        assertThat(inZone.get("deliverable").asBoolean()).as(inZone.toString()).isTrue();
        assertThat(inZone.get("method").asText()).isEqualTo("POSTAL_CODE_ZONE");
        assertThat(inZone.get("reason").asText()).contains("did not answer");
        assertThat(inZone.get("feeCents").asLong()).isEqualTo(200);
        JsonNode outside = admin.post(path + "/delivery/check", Map.of("address", CUSTOMER_ADDRESS)).json();
        assertThat(outside.get("deliverable").asBoolean()).as(outside.toString()).isFalse();
        assertThat(outside.get("method").asText()).isEqualTo("POSTAL_CODE_ZONE");
    }
}
