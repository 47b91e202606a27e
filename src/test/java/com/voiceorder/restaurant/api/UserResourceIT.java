package com.voiceorder.restaurant.api;

import static com.voiceorder.testing.ApiAssertions.assertInvalidField;
import static com.voiceorder.testing.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.LibertyServer;
import com.voiceorder.testing.TestTenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /api/users and /api/me against the running server. */
class UserResourceIT {

    private LibertyServer server;
    private TestTenant tenant;

    @BeforeEach
    void tenant() {
        server = LibertyServer.shared();
        tenant = TestTenant.create(server);
    }

    @Test
    void an_admin_creates_a_user_lists_it_and_replaces_its_memberships() {
        TestTenant other = TestTenant.create(server);
        String username = "Chef-" + UUID.randomUUID().toString().substring(0, 8);

        Reply created = tenant.admin().post("/api/users", Map.of("username", username, "displayName", "Chef Paul",
                "password", "long-enough", "role", "owner", "restaurantIds", List.of(tenant.restaurantId())));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.location()).endsWith("/api/users/" + id);
        assertThat(created.json().get("username").asText()).isEqualTo(username.toLowerCase());
        assertThat(created.json().get("role").asText()).isEqualTo("OWNER");
        assertThat(tenant.admin().get("/api/users").json()).extracting(u -> u.get("id").asLong()).contains(id);

        Reply replaced = tenant.admin().put("/api/users/" + id + "/restaurants",
                Map.of("restaurantIds", List.of(other.restaurantId())));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("restaurantIds")).extracting(JsonNode::asLong).containsExactly(other.restaurantId());

        ApiClient chef = ApiClient.basic(server, username, "long-enough");
        assertThat(chef.get("/api/restaurants").json()).extracting(r -> r.get("id").asLong())
                .containsExactly(other.restaurantId());
        assertProblem(chef.get(tenant.path("")), 404);
    }

    @Test
    void only_an_admin_manages_users() {
        assertProblem(tenant.owner().get("/api/users"), 403);
        assertProblem(tenant.owner().post("/api/users", Map.of("username", "sneaky", "displayName", "S",
                "password", "long-enough", "role", "ADMIN")), 403);
        assertProblem(tenant.staff().put("/api/users/1/restaurants", Map.of("restaurantIds", List.of())), 403);
    }

    @Test
    void invalid_users_answer_400_naming_the_field_and_unknown_ones_404() {
        assertInvalidField(tenant.admin().post("/api/users", Map.of("username", "x-" + UUID.randomUUID().toString().substring(0, 8),
                "displayName", "X", "password", "long-enough", "role", "CHEF")), "role");
        assertInvalidField(tenant.admin().post("/api/users", Map.of("username", "y-" + UUID.randomUUID().toString().substring(0, 8),
                "displayName", "Y", "password", "short", "role", "STAFF")), "password");
        assertInvalidField(tenant.admin().post("/api/users", Map.of("username", tenant.ownerUsername(),
                "displayName", "Twin", "password", "long-enough", "role", "STAFF")), "username");
        assertInvalidField(tenant.admin().post("/api/users", Map.of("username", "z-" + UUID.randomUUID().toString().substring(0, 8),
                "displayName", "Z", "password", "long-enough", "role", "STAFF", "restaurantIds", List.of(987654321))),
                "restaurantIds");
        assertProblem(tenant.admin().put("/api/users/987654321/restaurants", Map.of("restaurantIds", List.of())), 404);
        assertProblem(tenant.admin().get("/api/users/987654321"), 404);
    }

    @Test
    void me_describes_the_caller_and_a_personal_token_authenticates_as_them() {
        JsonNode me = tenant.staff().get("/api/me").json();
        assertThat(me.get("role").asText()).isEqualTo("STAFF");
        assertThat(me.get("language").asText()).isEqualTo("fr");
        assertThat(me.get("restaurantIds")).extracting(JsonNode::asLong).containsExactly(tenant.restaurantId());

        Reply token = tenant.staff().post("/api/me/tokens", Map.of("name", "  kitchen tablet "));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        assertThat(token.json().get("name").asText()).isEqualTo("kitchen tablet");
        String secret = token.json().get("token").asText();
        assertThat(secret).isNotBlank();

        ApiClient bearer = ApiClient.bearer(server, secret);
        JsonNode viaToken = bearer.get("/api/me").json();
        assertThat(viaToken.get("id").asLong()).isEqualTo(me.get("id").asLong());
        assertThat(bearer.get(tenant.path("/menu/items")).status()).isEqualTo(200);
        assertThat(ApiClient.bearer(server, secret + "x").get("/api/me").status()).isEqualTo(401);
        assertInvalidField(tenant.staff().post("/api/me/tokens", Map.of("name", " ")), "name");
    }
}
