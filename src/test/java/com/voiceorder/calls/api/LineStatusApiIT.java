package com.voiceorder.calls.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.ApiFixtures;
import com.voiceorder.testing.LibertyServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Live line status per restaurant, every line for administrators, and registration errors written back. */
@EnabledIfSystemProperty(named = "voiceorder.it.http.port", matches = "\\d+",
        disabledReason = "needs the packaged server: runs under Failsafe (mvn verify)")
class LineStatusApiIT {

    private LibertyServer server;
    private ApiClient admin;
    private long restaurant;
    private String base;

    @BeforeEach
    void restaurant() {
        server = LibertyServer.shared();
        admin = ApiClient.admin(server);
        restaurant = ApiFixtures.restaurant(admin);
        base = "/api/restaurants/" + restaurant;
    }

    private static String uniqueNumber() {
        return "+3349" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    private long gatewayLine() {
        Reply created = admin.post(base + "/lines", Map.of("number", uniqueNumber(), "mode", "ACCEPT_FROM_GATEWAY",
                "allowedSources", List.of("192.0.2.10")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static JsonNode entry(JsonNode statuses, long lineId) {
        for (JsonNode status : statuses) {
            if (status.get("lineId").asLong() == lineId) {
                return status;
            }
        }
        return null;
    }

    @Test
    void a_new_gateway_line_is_served_within_seconds_and_its_status_is_listed() {
        long line = gatewayLine();

        await().atMost(Duration.ofSeconds(15)).until(() -> {
            JsonNode status = entry(admin.get(base + "/lines/status").json(), line);
            return status != null && status.path("served").asBoolean();
        });
        JsonNode status = entry(admin.get(base + "/lines/status").json(), line);
        assertThat(status.get("mode").asText()).isEqualTo("ACCEPT_FROM_GATEWAY");
        assertThat(status.get("callsInProgress").asInt()).isZero();
        assertThat(status.get("registered").asBoolean()).isFalse();
        assertThat(status.path("lastError").isTextual()).as("no error (JSON-B leaves nulls out)").isFalse();
        assertThat(status.path("lastChange").asText()).isNotBlank();
    }

    @Test
    void a_trunk_registration_failure_shows_in_the_status_and_is_stored_on_the_line() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort(); // nothing listens there once closed
        }
        Reply created = admin.post(base + "/lines", Map.of("number", uniqueNumber(), "mode", "REGISTER_TO_TRUNK",
                "sip", Map.of("registrarHost", "127.0.0.1", "port", closedPort, "transport", "tcp",
                        "username", "0033491" + ThreadLocalRandom.current().nextInt(100_000, 999_999),
                        "password", "secret")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long line = created.json().get("id").asLong();

        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode status = entry(admin.get(base + "/lines/status").json(), line);
            return status != null && status.path("lastError").isTextual();
        });
        JsonNode status = entry(admin.get(base + "/lines/status").json(), line);
        assertThat(status.get("served").asBoolean()).isTrue();
        assertThat(status.get("registered").asBoolean()).isFalse();
        assertThat(status.get("lastError").asText()).startsWith("Registration failed");

        // written back to the line (off the SIP threads, within the line refresh period)
        await().atMost(Duration.ofSeconds(20)).until(() ->
                admin.get(base + "/lines/" + line).json().path("lastError").isTextual());
        JsonNode stored = admin.get(base + "/lines/" + line).json();
        assertThat(stored.get("lastError").asText()).startsWith("Registration failed");
        assertThat(stored.get("lastErrorAt").asText()).isNotBlank();
    }

    @Test
    void administrators_see_every_restaurant_s_lines_and_others_may_not() {
        long line = gatewayLine();
        long other = ApiFixtures.restaurant(admin);
        Reply otherLine = admin.post("/api/restaurants/" + other + "/lines", Map.of("number", uniqueNumber(),
                "mode", "ACCEPT_FROM_GATEWAY", "allowedSources", List.of("192.0.2.11")));
        assertThat(otherLine.status()).as(otherLine.body()).isEqualTo(201);
        long otherLineId = otherLine.json().get("id").asLong();

        Reply all = admin.get("/api/lines");
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        JsonNode mine = null;
        JsonNode theirs = null;
        for (JsonNode entry : all.json()) {
            long id = entry.at("/line/lineId").asLong();
            mine = id == line ? entry : mine;
            theirs = id == otherLineId ? entry : theirs;
        }
        assertThat(mine).isNotNull();
        assertThat(theirs).isNotNull();
        assertThat(mine.get("restaurantId").asLong()).isEqualTo(restaurant);
        assertThat(theirs.get("restaurantId").asLong()).isEqualTo(other);
        assertThat(theirs.get("restaurantName").asText()).isNotBlank();
        assertThat(theirs.at("/line/number").asText()).startsWith("+3349");

        ApiClient owner = ApiFixtures.user(server, admin, "OWNER", restaurant);
        ApiClient otherOwner = ApiFixtures.user(server, admin, "OWNER", other);
        assertThat(owner.get("/api/lines").status()).isEqualTo(403);
        assertThat(owner.get(base + "/lines/status").status()).isEqualTo(200);
        assertThat(otherOwner.get(base + "/lines/status").status()).isEqualTo(404);
    }

    @Test
    void pacing_figures_are_for_administrators_only() {
        Reply pacing = admin.get("/api/telephony/pacing");
        assertThat(pacing.status()).as(pacing.body()).isEqualTo(200);
        assertThat(pacing.json().get("framesSent").isNumber()).isTrue();
        assertThat(pacing.json().get("lagP99Micros").isNumber()).isTrue();
        assertThat(admin.delete("/api/telephony/pacing").status()).isEqualTo(204);

        ApiClient owner = ApiFixtures.user(server, admin, "OWNER", restaurant);
        assertThat(owner.get("/api/telephony/pacing").status()).isEqualTo(403);
        assertThat(owner.delete("/api/telephony/pacing").status()).isEqualTo(403);
    }
}
