package com.voiceorder.calls.api;

import static com.voiceorder.testing.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.LibertyServer;
import com.voiceorder.testing.TestTenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agent's prompt and tools over REST, on a fresh server with a restaurant created through the API. */
class AgentApiIT {

    private TestTenant tenant;
    private String pizza;

    @BeforeEach
    void createRestaurantWithAnItem() {
        tenant = TestTenant.create(LibertyServer.shared());
        Reply category = tenant.owner().post(tenant.path("/menu/categories"), Map.of("name", "Pizzas", "position", 1));
        assertThat(category.status()).as(category.body()).isEqualTo(201);
        pizza = "Pizza " + UUID.randomUUID().toString().substring(0, 6);
        Reply item = tenant.owner().post(tenant.path("/menu/items"), Map.of("categoryId",
                category.json().get("id").asLong(), "name", pizza, "priceCents", 1250, "allergens", List.of("gluten"),
                "optionGroups", List.of(Map.of("name", "Taille", "minChoices", 1, "maxChoices", 1, "options", List.of(
                        Map.of("name", "Normale", "priceDeltaCents", 0),
                        Map.of("name", "Grande", "priceDeltaCents", 300))))));
        assertThat(item.status()).as(item.body()).isEqualTo(201);
    }

    private Map<String, Object> call(String callId, Object arguments) {
        Map<String, Object> body = new HashMap<>();
        body.put("call_id", callId);
        body.put("caller", "06 11 22 33 44");
        body.put("arguments", arguments);
        return body;
    }

    @Test
    void the_prompt_lists_the_menu_with_prices_and_comes_with_the_tools() {
        Reply reply = tenant.staff().get(tenant.path("/ai/prompt?caller=anonymous"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode prompt = reply.json();
        assertThat(prompt.get("instructions").asText()).contains("- " + pizza + " 12,50 €", "Grande +3,00 €",
                "Numéro masqué");
        assertThat(prompt.get("language").asText()).isEqualTo("fr");
        assertThat(prompt.get("tools").findValuesAsText("name")).contains("confirm_order", "end_call");
        assertThat(prompt.hasNonNull("customer")).as("no customer for a withheld number").isFalse();
    }

    @Test
    void confirm_order_twice_with_one_call_id_places_one_order() {
        Map<String, Object> order = Map.of("type", "pickup", "customer_name", "Léa",
                "items", List.of(Map.of("item", pizza.toLowerCase(), "quantity", 2, "options", List.of("Grande"))));
        String callId = "call_" + UUID.randomUUID();

        Reply first = tenant.staff().post(tenant.path("/ai/tools/confirm_order"), call(callId, order));
        Reply again = tenant.staff().post(tenant.path("/ai/tools/confirm_order"), call(callId, order));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("ok").asBoolean()).as(first.body()).isTrue();
        assertThat(first.json().get("total_cents").asLong()).isEqualTo(3_100);
        assertThat(again.json()).isEqualTo(first.json());
        JsonNode orders = tenant.staff().get(tenant.path("/orders")).json();
        assertThat(orders).hasSize(1);
        assertThat(orders.get(0).get("id").asLong()).isEqualTo(first.json().get("order_id").asLong());

        JsonNode recognised = tenant.staff().get(tenant.path("/customers?phone=0611223344")).json();
        assertThat(recognised.get("firstName").asText()).isEqualTo("Léa");
        assertThat(recognised.get("recentOrders")).hasSize(1);
        assertThat(tenant.staff().get(tenant.path("/ai/prompt?caller=%2B33611223344")).json()
                .at("/customer/firstName").asText()).isEqualTo("Léa");
    }

    @Test
    void arguments_as_the_json_string_the_model_sent_are_read_and_malformed_ones_are_refused() {
        Reply asString = tenant.staff().post(tenant.path("/ai/tools/end_call"),
                call("end_" + UUID.randomUUID(), "{\"reason\":\"completed\",\"summary\":null}"));
        Reply malformed = tenant.staff().post(tenant.path("/ai/tools/confirm_order"),
                call("bad_" + UUID.randomUUID(), "{\"type\": \"pickup\", items: ["));
        Reply wrongType = tenant.staff().post(tenant.path("/ai/tools/confirm_order"),
                call("bad_" + UUID.randomUUID(), Map.of("type", "pickup", "items", "two pizzas")));

        assertThat(asString.json().get("hang_up").asBoolean()).as(asString.body()).isTrue();
        assertThat(malformed.status()).isEqualTo(200);
        assertThat(malformed.json().get("ok").asBoolean()).isFalse();
        assertThat(malformed.json().at("/error/code").asText()).isEqualTo("malformed_arguments");
        assertThat(wrongType.json().at("/error/field").asText()).isEqualTo("items");
        assertThat(tenant.staff().get(tenant.path("/orders")).json()).isEmpty();
    }

    @Test
    void an_unknown_tool_is_not_found_and_strangers_see_nothing() {
        assertProblem(tenant.staff().post(tenant.path("/ai/tools/order_everything"), call("x", Map.of())), 404);
        assertThat(tenant.staff().get(tenant.path("/ai/prompt?line=999999")).status()).isEqualTo(404);
        TestTenant other = TestTenant.create(LibertyServer.shared());
        assertThat(other.owner().get(tenant.path("/ai/prompt")).status()).isEqualTo(404);
    }
}
