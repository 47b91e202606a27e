package com.voiceorder.calls.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.Guard;
import com.voiceorder.shared.domain.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tool the assistant called during the call, with its arguments and result (JSON, cut at 8000 chars). */
@Entity
@Table(name = "call_tool_call")
public class CallToolCall extends BaseEntity {

    static final int MAX_JSON = 8000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "call_id", nullable = false)
    private Call call;

    @Column(name = "call_sequence", nullable = false)
    private int sequence;

    @Column(name = "tool_call_id", length = 100)
    private String toolCallId;

    @Column(name = "tool_name", length = 100, nullable = false)
    private String name;

    @Column(name = "arguments_json", length = MAX_JSON)
    private String argumentsJson;

    @Column(name = "result_json", length = MAX_JSON)
    private String resultJson;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    protected CallToolCall() {
    }

    CallToolCall(Call call, int sequence, String toolCallId, String name, String argumentsJson, String resultJson,
                 Instant at, long durationMs) {
        this.call = call;
        this.sequence = sequence;
        this.toolCallId = Guard.truncated(toolCallId, 100);
        this.name = Guard.text("tool.name", name, 100);
        this.argumentsJson = Guard.truncated(argumentsJson, MAX_JSON);
        this.resultJson = Guard.truncated(resultJson, MAX_JSON);
        this.at = Guard.required("at", at);
        this.durationMs = Math.max(0, durationMs);
    }

    public int getSequence() {
        return sequence;
    }

    public String getToolCallId() {
        return toolCallId;
    }

    public String getName() {
        return name;
    }

    public String getArgumentsJson() {
        return argumentsJson;
    }

    public String getResultJson() {
        return resultJson;
    }

    public Instant getAt() {
        return at;
    }

    public long getDurationMs() {
        return durationMs;
    }
}
