package com.voiceorder.calls.application;

/**
 * A tool call as the model sent it: its call id (the key that makes the call idempotent), the
 * tool's name and the arguments as the raw JSON text (possibly malformed).
 */
public record ToolInvocation(String callId, String toolName, String argumentsJson) {
}
