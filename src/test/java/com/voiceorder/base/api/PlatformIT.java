package com.voiceorder.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.LibertyServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The running server: health, metrics, OpenAPI, the login page, and API authentication. */
class PlatformIT {

    private LibertyServer server;

    @BeforeEach
    void server() {
        server = LibertyServer.shared();
    }

    @Test
    void readiness_reports_the_database_up() {
        Reply health = ApiClient.anonymous(server).get("/health/ready");
        assertThat(health.status()).isEqualTo(200);
        // Several readiness checks (database, telephony…) come in no fixed order.
        assertThat(health.json().path("checks")).anySatisfy(check -> {
            assertThat(check.path("name").asText()).isEqualTo("database");
            assertThat(check.path("status").asText()).isEqualTo("UP");
        });
    }

    @Test
    void metrics_are_served_without_an_application_login() {
        Reply metrics = ApiClient.anonymous(server).withHeader("Accept", "text/plain").get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_uptime");
    }

    @Test
    void the_openapi_document_describes_the_api() {
        Reply openApi = ApiClient.anonymous(server).get("/openapi");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body()).contains("VoiceOrder API").contains("/api/restaurants");
    }

    @Test
    void the_openapi_explorer_is_served() {
        assertThat(ApiClient.anonymous(server).get("/openapi/ui/").status()).isEqualTo(200);
    }

    @Test
    void an_admin_asking_for_a_restaurant_that_does_not_exist_gets_404_on_every_sub_resource() {
        ApiClient admin = ApiClient.admin(server);
        for (String path : new String[] {"", "/services", "/lines", "/messages", "/orders"}) {
            assertThat(admin.get("/api/restaurants/987654321" + path).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void the_login_page_is_served() {
        Reply login = ApiClient.anonymous(server).get("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).containsIgnoringCase("<html");
    }

    @Test
    void an_api_call_without_credentials_is_refused_with_a_basic_challenge() {
        Reply reply = ApiClient.anonymous(server).get("/api/restaurants");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_wrong_password_is_refused() {
        Reply reply = ApiClient.basic(server, "admin", "not-the-password").get("/api/restaurants");
        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void the_admin_signs_in_with_http_basic() {
        Reply reply = ApiClient.admin(server).get("/api/restaurants");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().isArray()).isTrue();
    }

    @Test
    void a_malformed_authorization_header_is_refused_not_crashed() {
        Reply reply = ApiClient.bearer(server, "").get("/api/restaurants");
        assertThat(reply.status()).isEqualTo(401);
    }
}
