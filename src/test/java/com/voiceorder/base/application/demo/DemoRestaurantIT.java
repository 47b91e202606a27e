package com.voiceorder.base.application.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.LibertyServer;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A fresh install serves the demo restaurant through the API, and keeps what it was told across a restart. */
class DemoRestaurantIT {

    private LibertyServer server;
    private ApiClient admin;

    @BeforeEach
    void server() {
        server = LibertyServer.shared();
        admin = ApiClient.admin(server);
    }

    @Test
    void the_demo_restaurant_its_menu_customers_and_todays_activity_are_served() {
        long id = demoRestaurantId();
        String base = "/api/restaurants/" + id;

        assertThat(admin.get(base + "/menu/items").json().size()).isGreaterThanOrEqualTo(30);
        assertThat(admin.get(base + "/formulas").json().size()).isEqualTo(2);
        assertThat(admin.get(base + "/faq").json().size()).isGreaterThanOrEqualTo(5);
        assertThat(admin.get(base + "/tables").json().size()).isEqualTo(12);
        assertThat(admin.get(base + "/orders").json().size()).isGreaterThan(0);
        assertThat(admin.get(base + "/reservations").json().size()).isGreaterThan(0);
        JsonNode mohamed = admin.get(base + "/customers?phone=06%2012%2034%2056%2078").json();
        assertThat(mohamed.toString()).contains("Mohamed");
        JsonNode lines = admin.get(base + "/lines").json();
        assertThat(lines.toString()).contains("+33491000000");
    }

    @Test
    void data_survives_a_restart_and_the_demo_is_not_seeded_twice() {
        long id = demoRestaurantId();
        String question = "Avez-vous le wifi ? " + System.nanoTime();
        assertThat(admin.post("/api/restaurants/" + id + "/faq",
                Map.of("question", question, "answer", "Oui, demandez le code au comptoir.")).status()).isEqualTo(201);

        server.restart();

        assertThat(admin.get("/api/restaurants/" + id + "/faq").body()).contains(question);
        long demos = StreamSupport.stream(admin.get("/api/restaurants").json().spliterator(), false)
                .filter(r -> r.path("name").asText().equals("Chez Mireille")).count();
        assertThat(demos).isEqualTo(1);
    }

    private long demoRestaurantId() {
        JsonNode restaurants = admin.get("/api/restaurants").json();
        return StreamSupport.stream(restaurants.spliterator(), false)
                .filter(r -> r.path("name").asText().equals("Chez Mireille"))
                .findFirst().orElseThrow(() -> new AssertionError("No demo restaurant in " + restaurants))
                .path("id").asLong();
    }
}
