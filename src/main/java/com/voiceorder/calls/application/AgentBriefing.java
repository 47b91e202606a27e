package com.voiceorder.calls.application;

import com.voiceorder.customers.application.KnownCaller;
import java.util.List;

/**
 * What the voice side needs to open an agent session for a call: the instructions, the tools, and
 * who is calling ({@code customer} null when unknown; {@code caller} null when withheld).
 */
public record AgentBriefing(Long restaurantId, Long lineId, String language, String caller, String instructions,
        List<ToolDefinition> tools, KnownCaller customer) {

    public AgentBriefing {
        tools = List.copyOf(tools);
    }
}
