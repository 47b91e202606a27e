package com.voiceorder.calls.api;

import com.voiceorder.calls.application.AgentBriefing;
import com.voiceorder.calls.application.ToolDefinition;
import com.voiceorder.customers.application.KnownCaller;
import java.util.List;
import java.util.Map;

/**
 * The agent's instructions and tools for a call, and the recognised customer (null when unknown);
 * {@code tools} are in the Realtime API's function format.
 */
public record AgentPromptDto(Long restaurantId, Long lineId, String language, String caller, String instructions,
        List<Map<String, Object>> tools, KnownCaller customer) {

    @SuppressWarnings("unchecked")
    static AgentPromptDto of(AgentBriefing briefing) {
        List<Map<String, Object>> tools = briefing.tools().stream()
                .map(ToolDefinition::toJson)
                .map(json -> (Map<String, Object>) JSON.convertValue(json, Map.class))
                .toList();
        return new AgentPromptDto(briefing.restaurantId(), briefing.lineId(), briefing.language(), briefing.caller(),
                briefing.instructions(), tools, briefing.customer());
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
}
