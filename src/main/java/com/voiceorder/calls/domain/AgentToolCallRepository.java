package com.voiceorder.calls.domain;

import java.util.Optional;

public interface AgentToolCallRepository {

    Optional<AgentToolCall> find(Long restaurantId, String callId);

    /** Persists and flushes, so a second row for the same call id fails here (integrity violation). */
    AgentToolCall add(AgentToolCall toolCall);
}
