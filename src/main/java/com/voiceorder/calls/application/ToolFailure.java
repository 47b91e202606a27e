package com.voiceorder.calls.application;

import java.util.List;

/**
 * Thrown by a tool when the request cannot be carried out (bad argument, unknown item, impossible
 * time): the transaction rolls back, nothing is persisted, and the model gets {@link #result()}.
 */
public class ToolFailure extends RuntimeException {

    private final String code;
    private final String field;
    private final List<String> suggestions;

    public ToolFailure(String code, String field, String message, List<String> suggestions) {
        super(message);
        this.code = code;
        this.field = field;
        this.suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    public static ToolFailure invalid(String field, String message) {
        return new ToolFailure("invalid_arguments", field, message, List.of());
    }

    public ToolResult result() {
        return ToolResult.error(code, getMessage(), field, suggestions);
    }
}
