package com.voiceorder.calls.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a tool answers, as the small JSON object the model reads: {@code {"ok":true,…}} or
 * {@code {"ok":false,"error":{"code","message","field","suggestions":[…]}}}.
 */
public record ToolResult(ObjectNode json) {

    static final ObjectMapper JSON = new ObjectMapper();

    public static ToolResult ok(Consumer<ObjectNode> fields) {
        ObjectNode node = JSON.createObjectNode().put("ok", true);
        fields.accept(node);
        return new ToolResult(node);
    }

    public static ToolResult error(String code, String message, String field, List<String> suggestions) {
        ObjectNode node = JSON.createObjectNode().put("ok", false);
        ObjectNode error = node.putObject("error").put("code", code).put("message", message);
        if (field != null) {
            error.put("field", field);
        }
        ArrayNode list = error.putArray("suggestions");
        (suggestions == null ? List.<String>of() : suggestions).forEach(list::add);
        return new ToolResult(node);
    }

    /** A result stored as JSON text. */
    public static ToolResult parse(String json) {
        try {
            return new ToolResult((ObjectNode) JSON.readTree(json));
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("Stored tool result is not a JSON object", e);
        }
    }

    public boolean ok() {
        return json.path("ok").asBoolean(false);
    }

    /** The error code, or null for a success. */
    public String errorCode() {
        return ok() ? null : json.path("error").path("code").asText(null);
    }

    public String toJson() {
        return json.toString();
    }

    @Override
    public String toString() {
        return toJson();
    }
}
