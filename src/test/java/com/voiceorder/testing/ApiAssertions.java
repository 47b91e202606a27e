package com.voiceorder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient.Reply;
import java.util.ArrayList;
import java.util.List;

/** Checks on the API's problem+json answers. */
public final class ApiAssertions {

    private ApiAssertions() {
    }

    /** A problem+json answer with that status. */
    public static JsonNode assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(status);
        return reply.json();
    }

    /** A 400 problem+json naming that field among its errors. */
    public static void assertInvalidField(Reply reply, String field) {
        JsonNode problem = assertProblem(reply, 400);
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).as(reply.body()).contains(field);
    }
}
