package com.voiceorder.customers.api;

import static com.voiceorder.testing.ApiAssertions.assertInvalidField;
import static com.voiceorder.testing.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.LibertyServer;
import com.voiceorder.testing.TestTenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Customers and their addresses against the running server. */
class CustomerResourceIT {

    private TestTenant tenant;

    @BeforeEach
    void tenant() {
        tenant = TestTenant.create(LibertyServer.shared());
    }

    @Test
    void a_customer_is_created_found_by_phone_updated_given_addresses_and_deleted() {
        Reply created = tenant.staff().post(tenant.path("/customers"), Map.of("phone", "06 12 34 56 78",
                "firstName", "Mohamed", "allergies", "arachides"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.location()).endsWith(tenant.path("/customers/" + id));
        assertThat(created.json().get("phone").asText()).isEqualTo("+33612345678");

        JsonNode byPhone = tenant.staff().get(tenant.path("/customers?phone=0612345678")).json();
        assertThat(byPhone.get("id").asLong()).isEqualTo(id);
        assertThat(tenant.staff().get(tenant.path("/customers?phone=%2B33%206%2012%2034%2056%2078")).json().get("id").asLong())
                .isEqualTo(id);

        Reply updated = tenant.staff().put(tenant.path("/customers/" + id), Map.of("phone", "+33612345678",
                "firstName", "Mohamed", "lastName", "Benali", "email", "m.benali@example.fr"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("allergies").textValue()).isNull();

        Reply address = tenant.staff().post(tenant.path("/customers/" + id + "/addresses"), Map.of("label", "Maison",
                "street", "12 rue de la Paix", "postalCode", "13001", "city", "Marseille", "deliveryInstructions", "2e étage"));
        assertThat(address.status()).as(address.body()).isEqualTo(201);
        long addressId = address.json().get("id").asLong();
        assertThat(address.location()).endsWith(tenant.path("/customers/" + id + "/addresses/" + addressId));
        assertThat(tenant.staff().get(tenant.path("/customers/" + id + "/addresses/" + addressId)).json()
                .get("deliveryInstructions").asText()).isEqualTo("2e étage");

        JsonNode read = tenant.staff().get(tenant.path("/customers/" + id)).json();
        assertThat(read.get("lastName").asText()).isEqualTo("Benali");
        assertThat(read.get("email").asText()).isEqualTo("m.benali@example.fr");
        assertThat(read.at("/addresses/0/id").asLong()).isEqualTo(addressId);
        assertThat(read.at("/addresses/0/lastUsedAt").asText()).isNotBlank();
        assertThat(tenant.staff().get(tenant.path("/customers?q=benali")).json()).extracting(c -> c.get("id").asLong())
                .containsExactly(id);
        assertThat(tenant.staff().get(tenant.path("/customers?q=nobody")).json()).isEmpty();

        assertThat(tenant.staff().delete(tenant.path("/customers/" + id + "/addresses/" + addressId)).status()).isEqualTo(204);
        assertProblem(tenant.staff().get(tenant.path("/customers/" + id + "/addresses/" + addressId)), 404);
        assertProblem(tenant.staff().delete(tenant.path("/customers/" + id)), 403);
        assertThat(tenant.owner().delete(tenant.path("/customers/" + id)).status()).isEqualTo(204);
        assertProblem(tenant.owner().get(tenant.path("/customers/" + id)), 404);
    }

    @Test
    void phone_lookups_answer_404_for_an_unknown_number_and_400_for_a_non_number() {
        assertProblem(tenant.staff().get(tenant.path("/customers?phone=0699999999")), 404);
        assertInvalidField(tenant.staff().get(tenant.path("/customers?phone=pizza")), "phone");
    }

    @Test
    void invalid_customers_answer_400_naming_the_field() {
        tenant.staff().post(tenant.path("/customers"), Map.of("phone", "0611111111"));

        assertInvalidField(tenant.staff().post(tenant.path("/customers"), Map.of("firstName", "Sans numéro")), "phone");
        assertInvalidField(tenant.staff().post(tenant.path("/customers"), Map.of("phone", "06 11 11 11 11")), "phone");
        assertInvalidField(tenant.staff().post(tenant.path("/customers"), Map.of("phone", "0622222222", "email", "not-mail")),
                "email");
        assertInvalidField(tenant.staff().get(tenant.path("/customers?limit=0")), "limit");
        assertProblem(tenant.staff().post(tenant.path("/customers"), "{\"phone\": 06"), 400);
    }

    @Test
    void a_customer_or_address_of_another_restaurant_is_not_found_here() {
        TestTenant other = TestTenant.create(LibertyServer.shared());
        long theirs = other.staff().post(other.path("/customers"), Map.of("phone", "0633333333")).json().get("id").asLong();
        long theirAddress = other.staff().post(other.path("/customers/" + theirs + "/addresses"),
                Map.of("street", "1 quai du Port", "postalCode", "13002")).json().get("id").asLong();
        long mine = tenant.staff().post(tenant.path("/customers"), Map.of("phone", "0633333333")).json().get("id").asLong();

        List<Reply> replies = List.of(
                tenant.owner().get(tenant.path("/customers/" + theirs)),
                tenant.owner().put(tenant.path("/customers/" + theirs), Map.of("phone", "0644444444")),
                tenant.owner().delete(tenant.path("/customers/" + theirs)),
                tenant.owner().post(tenant.path("/customers/" + theirs + "/addresses"), Map.of("street", "x", "postalCode", "1")),
                tenant.owner().get(tenant.path("/customers/" + mine + "/addresses/" + theirAddress)),
                tenant.owner().delete(tenant.path("/customers/" + mine + "/addresses/" + theirAddress)),
                tenant.owner().get(tenant.path("/customers/987654321")));
        replies.forEach(reply -> assertProblem(reply, 404));
        assertThat(other.staff().get(other.path("/customers/" + theirs)).json().at("/addresses/0/id").asLong())
                .isEqualTo(theirAddress);
    }
}
