package com.voiceorder.calls.application;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A tool as the model sees it: name, what it is for, and the JSON Schema of its arguments. */
public record ToolDefinition(String name, String description, ObjectNode parameters) {

    /** The Realtime API's flat function-tool format: {type:"function", name, description, parameters}. */
    public ObjectNode toJson() {
        ObjectNode tool = ToolResult.JSON.createObjectNode()
                .put("type", "function")
                .put("name", name)
                .put("description", description);
        tool.set("parameters", parameters.deepCopy());
        return tool;
    }
}
