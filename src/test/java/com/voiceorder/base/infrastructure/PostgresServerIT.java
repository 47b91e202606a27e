package com.voiceorder.base.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.LibertyServer;
import com.voiceorder.testing.TestDatabase;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The production set-up: the packaged server on a real PostgreSQL chosen by voiceorder.db.url. */
class PostgresServerIT {

    private TestDatabase database;
    private LibertyServer server;

    @BeforeEach
    void startOnPostgres() {
        database = TestDatabase.postgresWithoutSchema();
        server = LibertyServer.dedicated(Map.of(
                "VOICEORDER_DB_URL", database.jdbcUrl(),
                "VOICEORDER_DB_USER", "postgres",
                "VOICEORDER_DB_PASSWORD", "unused"));
    }

    @AfterEach
    void stop() {
        server.stop();
        database.close();
    }

    @Test
    void the_server_migrates_an_empty_postgresql_seeds_the_demo_and_serves_it() {
        JsonNode health = ApiClient.anonymous(server).get("/health/ready").json();
        JsonNode databaseCheck = StreamSupport.stream(health.path("checks").spliterator(), false)
                .filter(c -> c.path("name").asText().equals("database")).findFirst().orElseThrow();
        assertThat(databaseCheck.path("status").asText()).isEqualTo("UP");
        assertThat(databaseCheck.at("/data/product").asText()).isEqualTo("PostgreSQL");

        JsonNode restaurants = ApiClient.admin(server).get("/api/restaurants").json();
        assertThat(restaurants.toString()).contains("Chez Mireille");
    }
}
