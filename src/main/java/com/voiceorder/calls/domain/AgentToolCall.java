package com.voiceorder.calls.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.Guard;
import com.voiceorder.shared.domain.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A tool the phone agent ran to completion, keyed by the model's tool call id (unique per
 * restaurant): when the same call id comes again, the stored result is the answer.
 */
@Entity
@Table(name = "agent_tool_call")
public class AgentToolCall extends BaseEntity {

    public static final int MAX_JSON = 8000;

    @Column(name = "restaurant_id", nullable = false)
    private Long restaurantId;

    @Column(name = "call_id", length = 100, nullable = false)
    private String callId;

    @Column(name = "tool", length = 60, nullable = false)
    private String tool;

    @Column(name = "arguments", length = MAX_JSON)
    private String arguments;

    @Column(name = "result", length = MAX_JSON, nullable = false)
    private String result;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AgentToolCall() {
    }

    public AgentToolCall(Long restaurantId, String callId, String tool, String arguments, String result,
            Instant createdAt) {
        this.restaurantId = Guard.required("restaurantId", restaurantId);
        this.callId = Guard.text("call_id", callId, 100);
        this.tool = Guard.text("tool", tool, 60);
        this.arguments = Guard.truncated(arguments, MAX_JSON);
        this.result = Guard.text("result", result, MAX_JSON);
        this.createdAt = Guard.required("createdAt", createdAt);
    }

    public Long restaurantId() {
        return restaurantId;
    }

    public String callId() {
        return callId;
    }

    public String tool() {
        return tool;
    }

    public String arguments() {
        return arguments;
    }

    public String result() {
        return result;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
