package com.voiceorder.restaurant.api;

import static com.voiceorder.testing.ApiAssertions.assertInvalidField;
import static com.voiceorder.testing.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.LibertyServer;
import com.voiceorder.testing.TestTenant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The FAQ against the running server. */
class FaqResourceIT {

    private TestTenant tenant;

    @BeforeEach
    void tenant() {
        tenant = TestTenant.create(LibertyServer.shared());
    }

    @Test
    void an_entry_is_written_read_listed_by_approval_updated_approved_and_deleted() {
        Reply created = tenant.owner().post(tenant.path("/faq"), Map.of("question", "Avez-vous un parking ?",
                "answer", "Oui, derrière le restaurant."));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.location()).endsWith(tenant.path("/faq/" + id));
        assertThat(created.json().get("approved").asBoolean()).isTrue();
        assertThat(created.json().get("createdAt").asText()).isNotBlank();

        JsonNode read = tenant.staff().get(tenant.path("/faq/" + id)).json();
        assertThat(read.get("question").asText()).isEqualTo("Avez-vous un parking ?");
        assertThat(tenant.staff().get(tenant.path("/faq?approved=true")).json()).extracting(f -> f.get("id").asLong())
                .containsExactly(id);
        assertThat(tenant.staff().get(tenant.path("/faq?approved=false")).json()).isEmpty();
        assertThat(tenant.staff().get(tenant.path("/faq")).json()).hasSize(1);

        Reply updated = tenant.owner().put(tenant.path("/faq/" + id), Map.of("question", "Parking ?", "answer", "Oui, gratuit."));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(tenant.owner().post(tenant.path("/faq/" + id + "/approve"), "").json().get("answer").asText())
                .isEqualTo("Oui, gratuit.");
        assertInvalidField(tenant.owner().put(tenant.path("/faq/" + id), Map.of("question", "Parking ?")), "answer");

        assertThat(tenant.owner().delete(tenant.path("/faq/" + id)).status()).isEqualTo(204);
        assertProblem(tenant.owner().get(tenant.path("/faq/" + id)), 404);
    }

    @Test
    void staff_reads_but_may_not_write_and_bad_input_names_its_field() {
        assertProblem(tenant.staff().post(tenant.path("/faq"), Map.of("question", "Q ?", "answer", "R.")), 403);
        assertInvalidField(tenant.owner().post(tenant.path("/faq"), Map.of("answer", "Sans question")), "question");
        assertInvalidField(tenant.owner().post(tenant.path("/faq"), Map.of("question", "Sans réponse ?")), "answer");
        assertProblem(tenant.owner().post(tenant.path("/faq"), "{question"), 400);
    }

    @Test
    void an_entry_of_another_restaurant_is_not_found_here() {
        TestTenant other = TestTenant.create(LibertyServer.shared());
        long theirs = other.owner().post(other.path("/faq"), Map.of("question", "Q ?", "answer", "R.")).json().get("id").asLong();

        assertProblem(tenant.owner().get(tenant.path("/faq/" + theirs)), 404);
        assertProblem(tenant.owner().put(tenant.path("/faq/" + theirs), Map.of("question", "Q ?", "answer", "Volée")), 404);
        assertProblem(tenant.owner().post(tenant.path("/faq/" + theirs + "/approve"), ""), 404);
        assertProblem(tenant.owner().delete(tenant.path("/faq/" + theirs)), 404);
        assertProblem(tenant.owner().get(tenant.path("/faq/987654321")), 404);
        assertThat(other.owner().get(other.path("/faq/" + theirs)).json().get("answer").asText()).isEqualTo("R.");
    }
}
