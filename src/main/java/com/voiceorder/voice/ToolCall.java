package com.voiceorder.voice;

/**
 * A function call the agent made.
 *
 * @param callId        the agent's id for this call; results and idempotency key on it
 * @param name          the function
 * @param argumentsJson arguments exactly as the model sent them (may be malformed JSON)
 * @param cancelled     true when its response was cancelled (the caller interrupted): never run it
 */
public record ToolCall(String callId, String name, String argumentsJson, boolean cancelled) {
}
