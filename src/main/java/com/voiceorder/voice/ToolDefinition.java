package com.voiceorder.voice;

import java.util.Objects;

/**
 * A function the agent may call.
 *
 * @param name            function name the model uses
 * @param description     when and why to call it
 * @param parametersJson  its arguments as a JSON Schema object, serialized
 */
public record ToolDefinition(String name, String description, String parametersJson) {

    public ToolDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parametersJson, "parametersJson");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a tool needs a name");
        }
        description = description == null ? "" : description;
    }
}
