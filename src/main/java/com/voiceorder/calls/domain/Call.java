package com.voiceorder.calls.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import com.voiceorder.shared.domain.IllegalTransitionException;
import com.voiceorder.shared.domain.UtcInstantConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One phone call handled by the assistant: who called which line, when it was answered and
 * ended, how it went ({@link CallOutcome}), the transcript and tool calls, latency and cost
 * figures, and the order or reservation it produced.
 */
@Entity(name = "PhoneCall")
@Table(name = "phone_call")
public class Call extends BaseEntity {

    @Column(name = "restaurant_id", nullable = false)
    private Long restaurantId;

    @Column(name = "line_id")
    private Long lineId;

    @Column(name = "caller_number", length = 20)
    private String callerNumber;

    @Column(name = "called_number", length = 40)
    private String calledNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", length = 10, nullable = false)
    private CallDirection direction;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "answered_at")
    private Instant answeredAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20, nullable = false)
    private CallOutcome outcome;

    @Column(name = "sip_status")
    private Integer sipStatus;

    @Column(name = "sip_reason", length = 200)
    private String sipReason;

    @OneToMany(mappedBy = "call", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    private List<CallTurn> turns = new ArrayList<>();

    @OneToMany(mappedBy = "call", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    private List<CallToolCall> toolCalls = new ArrayList<>();

    @Column(name = "latency_turn_count", nullable = false)
    private int latencyTurnCount;

    @Column(name = "latency_avg_ms")
    private Integer latencyAvgMs;

    @Column(name = "latency_p95_ms")
    private Integer latencyP95Ms;

    @Column(name = "latency_max_ms")
    private Integer latencyMaxMs;

    @Column(name = "cost_micro_euros", nullable = false)
    private long costMicroEuros;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "reservation_id")
    private Long reservationId;

    @Column(name = "is_test", nullable = false)
    private boolean test;

    protected Call() {
    }

    /**
     * A call that just started ringing. {@code callerNumber} is E.164 or null when withheld;
     * {@code lineId} may be null (a call not on any line); see {@link #markAsTest()}.
     */
    public Call(Long restaurantId, Long lineId, String callerNumber, String calledNumber, CallDirection direction,
                Instant startedAt) {
        this.restaurantId = Guard.required("restaurantId", restaurantId);
        this.lineId = lineId;
        this.callerNumber = Guard.e164OrNull("callerNumber", callerNumber);
        this.calledNumber = Guard.optionalText("calledNumber", calledNumber, 40);
        this.direction = Guard.required("direction", direction);
        this.startedAt = Guard.required("startedAt", startedAt);
        this.outcome = CallOutcome.IN_PROGRESS;
    }

    /** The assistant tried from the dashboard: kept out of the figures. */
    public void markAsTest() {
        this.test = true;
    }

    public void answer(Instant at) {
        if (answeredAt != null || endedAt != null) {
            throw new IllegalTransitionException("Call", answeredAt != null ? "answered" : outcome, "answered");
        }
        Guard.required("at", at);
        if (at.isBefore(startedAt)) {
            throw new DomainException("answeredAt", "a call is answered after it starts");
        }
        this.answeredAt = at;
    }

    /**
     * Ends the call with its outcome and the SIP reason (BYE, CANCEL, 486 Busy…). Ending twice is
     * refused; outcomes of a conversation need an answered call, MISSED and REJECTED an unanswered one.
     */
    public void end(Instant at, CallOutcome outcome, String reason) {
        if (endedAt != null) {
            throw new IllegalTransitionException("Call", this.outcome, "ended again");
        }
        Guard.required("at", at);
        Guard.required("outcome", outcome);
        if (outcome == CallOutcome.IN_PROGRESS) {
            throw new DomainException("outcome", "an ended call has a final outcome");
        }
        if (outcome.requiresAnswer() && answeredAt == null) {
            throw new IllegalTransitionException("Call (unanswered)", this.outcome, outcome);
        }
        if (outcome.requiresNoAnswer() && answeredAt != null) {
            throw new IllegalTransitionException("Call (answered)", this.outcome, outcome);
        }
        if (at.isBefore(startedAt)) {
            throw new DomainException("endedAt", "a call ends after it starts");
        }
        this.endedAt = at;
        this.outcome = outcome;
        this.sipReason = Guard.truncated(reason, 200);
    }

    public void recordSipStatus(int status) {
        this.sipStatus = Guard.between("sipStatus", status, 100, 699);
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    public CallTurn addTurn(Speaker speaker, String text, Instant at) {
        CallTurn turn = new CallTurn(this, turns.size() + 1, speaker, text, at);
        turns.add(turn);
        return turn;
    }

    public CallToolCall addToolCall(String toolCallId, String name, String argumentsJson, String resultJson,
                                    Instant at, long durationMs) {
        CallToolCall toolCall = new CallToolCall(this, toolCalls.size() + 1, toolCallId, name, argumentsJson,
                resultJson, at, durationMs);
        toolCalls.add(toolCall);
        return toolCall;
    }

    /** Response-latency figures measured over the call's turns. */
    public void recordLatency(int turnCount, int averageMs, int p95Ms, int maxMs) {
        Guard.atLeast("latency.turnCount", turnCount, 0);
        if (averageMs < 0 || p95Ms < 0 || maxMs < 0 || averageMs > maxMs || p95Ms > maxMs) {
            throw new DomainException("latency", "inconsistent latency figures");
        }
        this.latencyTurnCount = turnCount;
        this.latencyAvgMs = averageMs;
        this.latencyP95Ms = p95Ms;
        this.latencyMaxMs = maxMs;
    }

    /** Estimated cost of the call (AI usage, telephony) in millionths of a euro. */
    public void estimateCost(long microEuros) {
        this.costMicroEuros = Guard.atLeast("costMicroEuros", microEuros, 0L);
    }

    public void linkOrder(Long orderId) {
        this.orderId = orderId;
    }

    public void linkReservation(Long reservationId) {
        this.reservationId = reservationId;
    }

    /** Talk time in whole seconds: answered to ended; 0 when never answered or not ended yet. */
    public long durationSeconds() {
        if (answeredAt == null || endedAt == null) {
            return 0;
        }
        return Duration.between(answeredAt, endedAt).toSeconds();
    }

    public Long getRestaurantId() {
        return restaurantId;
    }

    public Long getLineId() {
        return lineId;
    }

    public String getCallerNumber() {
        return callerNumber;
    }

    public String getCalledNumber() {
        return calledNumber;
    }

    public CallDirection getDirection() {
        return direction;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public Integer getSipStatus() {
        return sipStatus;
    }

    public String getSipReason() {
        return sipReason;
    }

    public List<CallTurn> getTurns() {
        return List.copyOf(turns);
    }

    public List<CallToolCall> getToolCalls() {
        return List.copyOf(toolCalls);
    }

    public int getLatencyTurnCount() {
        return latencyTurnCount;
    }

    public Integer getLatencyAvgMs() {
        return latencyAvgMs;
    }

    public Integer getLatencyP95Ms() {
        return latencyP95Ms;
    }

    public Integer getLatencyMaxMs() {
        return latencyMaxMs;
    }

    public long getCostMicroEuros() {
        return costMicroEuros;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getReservationId() {
        return reservationId;
    }

    public boolean isTest() {
        return test;
    }
}
