package com.voiceorder.calls.application;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Builds a strict JSON Schema object for a tool's parameters: every property is listed in
 * {@code required} and {@code additionalProperties} is false; an optional property accepts null.
 */
public final class ToolSchema {

    private final ObjectNode schema = ToolResult.JSON.createObjectNode();
    private final ObjectNode properties;
    private final ArrayNode required;

    private ToolSchema() {
        schema.put("type", "object");
        properties = schema.putObject("properties");
        required = schema.putArray("required");
        schema.put("additionalProperties", false);
    }

    public static ToolSchema object() {
        return new ToolSchema();
    }

    public ToolSchema string(String name, String description, boolean mandatory) {
        return add(name, property("string", description, mandatory));
    }

    public ToolSchema integer(String name, String description, int minimum, boolean mandatory) {
        ObjectNode property = property("integer", description, mandatory);
        property.put("minimum", minimum);
        return add(name, property);
    }

    public ToolSchema boolean_(String name, String description, boolean mandatory) {
        return add(name, property("boolean", description, mandatory));
    }

    public ToolSchema enumeration(String name, String description, List<String> values, boolean mandatory) {
        ObjectNode property = property("string", description, mandatory);
        ArrayNode allowed = property.putArray("enum");
        values.forEach(allowed::add);
        if (!mandatory) {
            allowed.addNull();
        }
        return add(name, property);
    }

    public ToolSchema array(String name, String description, ObjectNode itemSchema, boolean mandatory) {
        ObjectNode property = property("array", description, mandatory);
        property.set("items", itemSchema);
        return add(name, property);
    }

    public ToolSchema stringArray(String name, String description, boolean mandatory) {
        ObjectNode item = ToolResult.JSON.createObjectNode().put("type", "string");
        return array(name, description, item, mandatory);
    }

    public ObjectNode build() {
        return schema.deepCopy();
    }

    private static ObjectNode property(String type, String description, boolean mandatory) {
        ObjectNode property = ToolResult.JSON.createObjectNode();
        if (mandatory) {
            property.put("type", type);
        } else {
            property.putArray("type").add(type).add("null");
        }
        property.put("description", description);
        return property;
    }

    private ToolSchema add(String name, ObjectNode property) {
        properties.set(name, property);
        required.add(name);
        return this;
    }
}
