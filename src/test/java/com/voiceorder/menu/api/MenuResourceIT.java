package com.voiceorder.menu.api;

import static com.voiceorder.testing.ApiAssertions.assertInvalidField;
import static com.voiceorder.testing.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.LibertyServer;
import com.voiceorder.testing.TestTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Menu categories, items and formulas against the running server. */
class MenuResourceIT {

    private TestTenant tenant;

    @BeforeEach
    void tenant() {
        tenant = TestTenant.create(LibertyServer.shared());
    }

    private long category(String name) {
        Reply created = tenant.owner().post(tenant.path("/menu/categories"), Map.of("name", name, "position", 1));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static Map<String, Object> pizza(long categoryId, Object sizeGroupId, Object largeOptionId) {
        Map<String, Object> normal = Map.of("name", "Normale");
        Map<String, Object> large = largeOptionId == null ? Map.of("name", "Grande", "priceDeltaCents", 300)
                : Map.of("id", largeOptionId, "name", "Grande", "priceDeltaCents", 400);
        Map<String, Object> group = sizeGroupId == null
                ? Map.of("name", "Taille", "minChoices", 1, "maxChoices", 1, "options", List.of(normal, large))
                : Map.of("id", sizeGroupId, "name", "Taille", "minChoices", 1, "maxChoices", 1, "options", List.of(large));
        return Map.of("categoryId", categoryId, "name", "Margherita", "priceCents", 1100,
                "allergens", List.of("gluten", "MILK"), "optionGroups", List.of(group));
    }

    @Test
    void a_category_is_created_read_updated_and_deleted() {
        Reply created = tenant.owner().post(tenant.path("/menu/categories"), Map.of("name", "Pizzas", "description", "Au feu de bois"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String location = created.location();
        long id = created.json().get("id").asLong();
        assertThat(location).endsWith(tenant.path("/menu/categories/" + id));
        assertThat(created.json().get("active").asBoolean()).isTrue();

        Reply updated = tenant.owner().put(tenant.path("/menu/categories/" + id),
                Map.of("name", "Pizzas napolitaines", "position", 3, "active", false));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);

        JsonNode read = tenant.staff().get(tenant.path("/menu/categories/" + id)).json();
        assertThat(read.get("name").asText()).isEqualTo("Pizzas napolitaines");
        assertThat(read.get("position").asInt()).isEqualTo(3);
        assertThat(read.get("active").asBoolean()).isFalse();
        assertThat(read.path("description").textValue()).isNull();
        assertThat(tenant.staff().get(tenant.path("/menu/categories")).json()).extracting(c -> c.get("id").asLong())
                .containsExactly(id);

        assertThat(tenant.owner().delete(tenant.path("/menu/categories/" + id)).status()).isEqualTo(204);
        assertProblem(tenant.owner().get(tenant.path("/menu/categories/" + id)), 404);
    }

    @Test
    void an_item_round_trips_with_allergens_in_the_asked_language_and_options_keeping_their_ids() {
        long pizzas = category("Pizzas");
        long drinks = category("Boissons");

        Reply created = tenant.owner().post(tenant.path("/menu/items"), pizza(pizzas, null, null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode item = created.json();
        long id = item.get("id").asLong();
        assertThat(created.location()).endsWith(tenant.path("/menu/items/" + id));
        assertThat(item.get("priceCents").asLong()).isEqualTo(1100);
        assertThat(item.get("available").asBoolean()).isTrue();
        assertThat(item.get("soldOut").asBoolean()).isFalse();
        assertThat(item.at("/allergens/0/code").asText()).isEqualTo("GLUTEN");
        assertThat(item.at("/allergens/1/label").asText()).isEqualTo("Lait");
        JsonNode sizes = item.at("/optionGroups/0");
        assertThat(sizes.get("required").asBoolean()).isTrue();
        assertThat(sizes.at("/options/1/name").asText()).isEqualTo("Grande");
        long groupId = sizes.get("id").asLong();
        long largeId = sizes.at("/options/1/id").asLong();

        JsonNode english = tenant.staff().withHeader("Accept-Language", "en-GB,en;q=0.8,fr;q=0.5")
                .get(tenant.path("/menu/items/" + id)).json();
        assertThat(english.at("/allergens/1/label").asText()).isEqualTo("Milk");

        Reply updated = tenant.owner().put(tenant.path("/menu/items/" + id), pizza(pizzas, groupId, largeId));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonNode options = tenant.owner().get(tenant.path("/menu/items/" + id)).json().at("/optionGroups/0/options");
        assertThat(options).hasSize(1);
        assertThat(options.get(0).get("id").asLong()).isEqualTo(largeId);
        assertThat(options.get(0).get("priceDeltaCents").asLong()).isEqualTo(400);

        assertThat(tenant.owner().get(tenant.path("/menu/items?categoryId=" + pizzas)).json()).hasSize(1);
        assertThat(tenant.owner().get(tenant.path("/menu/items?categoryId=" + drinks)).json()).isEmpty();
        assertInvalidField(tenant.owner().delete(tenant.path("/menu/categories/" + pizzas)), "categoryId");

        assertThat(tenant.owner().delete(tenant.path("/menu/items/" + id)).status()).isEqualTo(204);
        assertProblem(tenant.owner().get(tenant.path("/menu/items/" + id)), 404);
        assertThat(tenant.owner().get(tenant.path("/menu/items")).json()).isEmpty();
    }

    @Test
    void a_formula_round_trips_with_its_slots() {
        long mains = category("Plats");
        long desserts = category("Desserts");
        long tiramisu = tenant.owner().post(tenant.path("/menu/items"), Map.of("categoryId", desserts, "name", "Tiramisu",
                "priceCents", 650)).json().get("id").asLong();

        Reply created = tenant.owner().post(tenant.path("/formulas"), Map.of("name", "Menu midi", "priceCents", 1590,
                "slots", List.of(Map.of("name", "Plat", "allowedCategoryIds", List.of(mains)),
                        Map.of("name", "Dessert", "allowedItemIds", List.of(tiramisu), "required", false))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.location()).endsWith(tenant.path("/formulas/" + id));

        JsonNode read = tenant.staff().get(tenant.path("/formulas/" + id)).json();
        assertThat(read.get("priceCents").asLong()).isEqualTo(1590);
        assertThat(read.at("/slots/0/index").asInt()).isZero();
        assertThat(read.at("/slots/0/allowedCategoryIds/0").asLong()).isEqualTo(mains);
        assertThat(read.at("/slots/1/required").asBoolean()).isFalse();
        assertThat(read.at("/slots/1/allowedItemIds/0").asLong()).isEqualTo(tiramisu);

        Reply updated = tenant.owner().put(tenant.path("/formulas/" + id), Map.of("name", "Menu soir", "priceCents", 1990,
                "available", false, "slots", List.of(Map.of("name", "Plat", "allowedCategoryIds", List.of(mains)))));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("slots")).hasSize(1);
        assertThat(tenant.owner().get(tenant.path("/formulas")).json().get(0).get("available").asBoolean()).isFalse();
        assertInvalidField(tenant.owner().put(tenant.path("/formulas/" + id), Map.of("name", "Menu", "priceCents", 1990,
                "slots", List.of(Map.of("name", "Plat", "allowedItemIds", List.of(987654321))))), "slots");

        assertThat(tenant.owner().delete(tenant.path("/formulas/" + id)).status()).isEqualTo(204);
        assertProblem(tenant.owner().get(tenant.path("/formulas/" + id)), 404);
    }

    @Test
    void staff_may_not_change_the_menu_but_marks_an_item_sold_out_and_back_in_stock() {
        long pizzas = category("Pizzas");
        long id = tenant.owner().post(tenant.path("/menu/items"), pizza(pizzas, null, null)).json().get("id").asLong();

        assertProblem(tenant.staff().post(tenant.path("/menu/categories"), Map.of("name", "Staff")), 403);
        assertProblem(tenant.staff().post(tenant.path("/menu/items"), pizza(pizzas, null, null)), 403);
        assertProblem(tenant.staff().delete(tenant.path("/menu/items/" + id)), 403);
        assertProblem(tenant.staff().post(tenant.path("/formulas"), Map.of("name", "Menu", "priceCents", 1000)), 403);

        Reply soldOut = tenant.staff().put(tenant.path("/menu/items/" + id + "/sold-out"), "");
        assertThat(soldOut.status()).as(soldOut.body()).isEqualTo(200);
        assertThat(soldOut.json().get("soldOut").asBoolean()).isTrue();
        assertThat(tenant.staff().delete(tenant.path("/menu/items/" + id + "/sold-out")).status()).isEqualTo(204);
        assertThat(tenant.staff().get(tenant.path("/menu/items/" + id)).json().get("soldOut").asBoolean()).isFalse();
    }

    @Test
    void invalid_menu_input_answers_400_naming_the_field() {
        long pizzas = category("Pizzas");

        assertInvalidField(tenant.owner().post(tenant.path("/menu/categories"), Map.of("description", "no name")), "name");
        assertInvalidField(tenant.owner().post(tenant.path("/menu/items"), Map.of("categoryId", pizzas, "name", "Sans prix")),
                "priceCents");
        assertInvalidField(tenant.owner().post(tenant.path("/menu/items"), Map.of("categoryId", pizzas, "name", "Choco",
                "priceCents", 500, "allergens", List.of("CHOCOLATE"))), "allergens");
        assertInvalidField(tenant.owner().post(tenant.path("/menu/items"), Map.of("categoryId", pizzas, "name", "Pizza",
                "priceCents", 500, "optionGroups", List.of(Map.of("name", "Taille", "minChoices", 1, "maxChoices", 1,
                        "options", List.of(Map.of("priceDeltaCents", 100)))))), "optionGroups[0].options[0].name");
        assertInvalidField(tenant.owner().post(tenant.path("/menu/items"), Map.of("categoryId", 987654321, "name", "Orphan",
                "priceCents", 500)), "categoryId");
        assertProblem(tenant.owner().post(tenant.path("/menu/items"), "[1, 2"), 400);
    }

    @Test
    void ids_of_another_restaurant_or_unknown_ones_are_not_found_under_this_restaurant() {
        TestTenant other = TestTenant.create(LibertyServer.shared());
        long theirCategory = other.owner().post(other.path("/menu/categories"), Map.of("name", "Leur carte")).json().get("id").asLong();
        long theirItem = other.owner().post(other.path("/menu/items"), Map.of("categoryId", theirCategory, "name", "Leur plat",
                "priceCents", 900)).json().get("id").asLong();
        long theirFormula = other.owner().post(other.path("/formulas"), Map.of("name", "Leur menu", "priceCents", 1500))
                .json().get("id").asLong();
        long mine = category("Ma carte");

        List<Reply> replies = new ArrayList<>(List.of(
                tenant.owner().get(tenant.path("/menu/categories/" + theirCategory)),
                tenant.owner().put(tenant.path("/menu/categories/" + theirCategory), Map.of("name", "Volée")),
                tenant.owner().delete(tenant.path("/menu/categories/" + theirCategory)),
                tenant.owner().get(tenant.path("/menu/items?categoryId=" + theirCategory)),
                tenant.owner().get(tenant.path("/menu/items/" + theirItem)),
                tenant.owner().put(tenant.path("/menu/items/" + theirItem), Map.of("categoryId", mine, "name", "Volé",
                        "priceCents", 1)),
                tenant.owner().delete(tenant.path("/menu/items/" + theirItem)),
                tenant.staff().put(tenant.path("/menu/items/" + theirItem + "/sold-out"), ""),
                tenant.owner().get(tenant.path("/formulas/" + theirFormula)),
                tenant.owner().delete(tenant.path("/formulas/" + theirFormula)),
                tenant.owner().get(tenant.path("/menu/items/987654321"))));
        replies.forEach(reply -> assertProblem(reply, 404));
        assertThat(other.owner().get(other.path("/menu/items/" + theirItem)).json().get("soldOut").asBoolean()).isFalse();
    }
}
