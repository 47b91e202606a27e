package com.voiceorder.calls.api;

import static com.voiceorder.testing.ApiFixtures.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.ApiFixtures;
import com.voiceorder.testing.LibertyServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Phone lines, the call log and the messages inbox through the REST API. */
@EnabledIfSystemProperty(named = "voiceorder.it.http.port", matches = "\\d+",
        disabledReason = "needs the packaged server: runs under Failsafe (mvn verify)")
class CallsApiIT {

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

    /** A trunk line with a unique French number (numbers are unique across restaurants). */
    private static Map<String, Object> trunkLine(String password) {
        Map<String, Object> sip = new HashMap<>();
        sip.put("registrarHost", "sip.ovh.net");
        sip.put("username", "0033491000000");
        sip.put("transport", "udp");
        if (password != null) {
            sip.put("password", password);
        }
        return Map.of("number", "0491" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000),
                "displayName", "Ligne principale", "mode", "register_to_trunk", "sip", sip,
                "assistant", Map.of("language", "fr", "greeting", "Bonjour !"));
    }

    @Test
    void a_line_takes_a_sip_password_but_never_returns_it() {
        Reply created = admin.post(base + "/lines", trunkLine("tr0mb0ne-secret"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("tr0mb0ne-secret").doesNotContain("password\"");
        JsonNode line = created.json();
        long id = line.get("id").asLong();
        assertThat(line.get("number").asText()).startsWith("+33491");
        assertThat(line.at("/sip/hasPassword").asBoolean()).isTrue();
        assertThat(line.at("/sip/transport").asText()).isEqualTo("UDP");
        assertThat(line.at("/assistant/greeting").asText()).isEqualTo("Bonjour !");

        Reply stored = admin.get(base + "/lines/" + id);
        assertThat(stored.body()).doesNotContain("tr0mb0ne-secret");
        assertThat(stored.json().at("/sip/hasPassword").asBoolean()).isTrue();
        assertThat(admin.get(base + "/lines").json().findValuesAsText("id")).containsExactly(String.valueOf(id));

        Map<String, Object> withoutPassword = new HashMap<>(trunkLine(null));
        withoutPassword.put("number", line.get("number").asText());
        withoutPassword.put("displayName", "Ligne renommée");
        Reply updated = admin.put(base + "/lines/" + id, withoutPassword);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("displayName").asText()).isEqualTo("Ligne renommée");
        assertThat(updated.json().at("/sip/hasPassword").asBoolean()).as("kept").isTrue();

        assertThat(admin.delete(base + "/lines/" + id).status()).isEqualTo(204);
        assertThat(admin.get(base + "/lines/" + id).status()).isEqualTo(404);
    }

    @Test
    void a_gateway_line_has_no_sip_account_and_invalid_lines_name_their_field() {
        Reply gateway = admin.post(base + "/lines", Map.of("number", "+3349" + ThreadLocalRandom.current()
                .nextInt(1_000_000, 9_999_999), "mode", "ACCEPT_FROM_GATEWAY", "allowedSources", List.of("192.0.2.10")));
        assertThat(gateway.status()).as(gateway.body()).isEqualTo(201);
        assertThat(gateway.json().path("sip").isObject()).as("no SIP account").isFalse();
        assertThat(gateway.json().get("allowedSources").get(0).asText()).isEqualTo("192.0.2.10");

        Reply trunkWithoutSip = admin.post(base + "/lines", Map.of("number", "+3349" + ThreadLocalRandom.current()
                .nextInt(1_000_000, 9_999_999), "mode", "REGISTER_TO_TRUNK"));
        assertThat(trunkWithoutSip.status()).isEqualTo(400);
        assertThat(errorFields(trunkWithoutSip)).containsExactly("sip");

        Reply badNumber = admin.post(base + "/lines", Map.of("number", "not a number", "mode", "TWILIO"));
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(errorFields(badNumber)).containsExactly("number");

        Reply badMode = admin.post(base + "/lines", Map.of("number", "+33491999999", "mode", "CARRIER_PIGEON"));
        assertThat(badMode.status()).isEqualTo(400);
        assertThat(errorFields(badMode)).containsExactly("mode");
    }

    @Test
    void staff_read_lines_but_cannot_create_or_change_them() {
        ApiClient staff = ApiFixtures.user(server, admin, "STAFF", restaurant);
        ApiClient owner = ApiFixtures.user(server, admin, "OWNER", restaurant);

        assertThat(staff.post(base + "/lines", trunkLine("secret")).status()).isEqualTo(403);
        assertThat(staff.get(base + "/lines").status()).isEqualTo(200);
        Reply byOwner = owner.post(base + "/lines", trunkLine("secret"));
        assertThat(byOwner.status()).as(byOwner.body()).isEqualTo(201);
        long id = byOwner.json().get("id").asLong();
        assertThat(staff.delete(base + "/lines/" + id).status()).isEqualTo(403);
        assertThat(staff.get(base + "/lines/" + id).status()).isEqualTo(200);
    }

    @Test
    void the_messages_inbox_starts_empty_and_unknown_messages_are_not_found() {
        assertThat(admin.get(base + "/messages").json()).isEmpty();
        assertThat(admin.get(base + "/messages?handled=false").json()).isEmpty();
        assertThat(admin.get(base + "/messages?handled=true").json()).isEmpty();
        assertThat(admin.get(base + "/messages/987654321").status()).isEqualTo(404);
        assertThat(admin.post(base + "/messages/987654321/handled", Map.of()).status()).isEqualTo(404);
        Reply badFilter = admin.get(base + "/messages?handled=maybe");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(errorFields(badFilter)).containsExactly("handled");
    }

    @Test
    void the_call_log_of_a_new_restaurant_is_empty_and_filters_are_checked() {
        assertThat(admin.get(base + "/calls").json()).isEmpty();
        assertThat(admin.get(base + "/calls?date=2026-01-01&outcome=VOICEMAIL,order").json()).isEmpty();
        assertThat(admin.get(base + "/calls/987654321").status()).isEqualTo(404);
        Reply badOutcome = admin.get(base + "/calls?outcome=HAPPY");
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(errorFields(badOutcome)).containsExactly("outcome");
    }

    @Test
    void another_restaurant_s_lines_are_not_found() {
        long id = admin.post(base + "/lines", trunkLine("secret")).json().get("id").asLong();
        long other = ApiFixtures.restaurant(admin);
        ApiClient otherOwner = ApiFixtures.user(server, admin, "OWNER", other);

        assertThat(admin.get("/api/restaurants/" + other + "/lines/" + id).status()).isEqualTo(404);
        assertThat(otherOwner.get(base + "/lines/" + id).status()).isEqualTo(404);
        assertThat(otherOwner.post(base + "/lines", trunkLine("x")).status()).isEqualTo(404);
        assertThat(otherOwner.get(base + "/messages").status()).isEqualTo(404);
        assertThat(otherOwner.get(base + "/calls").status()).isEqualTo(404);
    }
}
