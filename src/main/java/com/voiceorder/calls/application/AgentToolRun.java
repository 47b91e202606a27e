package com.voiceorder.calls.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A tool the agent ran during a call, as the call record keeps it; the order or reservation it
 * confirmed, if any, is linked to the call.
 */
public record AgentToolRun(String toolCallId, String name, String argumentsJson, String resultJson, Instant at,
                           long durationMillis, Long orderId, Long reservationId) {

    static AgentToolRun of(ToolInvocation invocation, ToolResult result, Instant at, long durationMillis) {
        Long orderId = result.ok() ? idOf(result.json().get("order_id")) : null;
        Long reservationId = result.ok() ? idOf(result.json().get("reservation_id")) : null;
        return new AgentToolRun(invocation.callId(), invocation.toolName(), invocation.argumentsJson(),
                result.toJson(), at, durationMillis, orderId, reservationId);
    }

    private static Long idOf(JsonNode node) {
        return node != null && node.canConvertToLong() ? node.asLong() : null;
    }
}
