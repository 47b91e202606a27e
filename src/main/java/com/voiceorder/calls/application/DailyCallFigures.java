package com.voiceorder.calls.application;

import com.voiceorder.calls.domain.Call;
import com.voiceorder.calls.domain.CallOutcome;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One day of a restaurant's calls (test calls left out): how many per outcome, how many ended in an
 * order or a booking, the agent's average response latency (weighted by measured turns) and the cost.
 */
public record DailyCallFigures(LocalDate day, Map<CallOutcome, Integer> byOutcome, int calls, int answered,
                               int converted, long latencyTotalMs, int latencyTurns, long costMicroEuros) {

    public DailyCallFigures {
        byOutcome = Collections.unmodifiableMap(new EnumMap<>(byOutcome.isEmpty()
                ? new EnumMap<CallOutcome, Integer>(CallOutcome.class) : byOutcome));
    }

    public static DailyCallFigures empty(LocalDate day) {
        return new DailyCallFigures(day, Map.of(), 0, 0, 0, 0, 0, 0);
    }

    /** These figures with one more call counted. */
    public DailyCallFigures plus(Call call) {
        Map<CallOutcome, Integer> outcomes = new EnumMap<>(CallOutcome.class);
        outcomes.putAll(byOutcome);
        outcomes.merge(call.getOutcome(), 1, Integer::sum);
        boolean isConverted = call.getOrderId() != null || call.getReservationId() != null
                || call.getOutcome() == CallOutcome.ORDER || call.getOutcome() == CallOutcome.RESERVATION;
        long latency = call.getLatencyAvgMs() == null ? 0 : (long) call.getLatencyAvgMs() * call.getLatencyTurnCount();
        return new DailyCallFigures(day, outcomes, calls + 1, answered + (call.getAnsweredAt() != null ? 1 : 0),
                converted + (isConverted ? 1 : 0), latencyTotalMs + latency,
                latencyTurns + (call.getLatencyAvgMs() == null ? 0 : call.getLatencyTurnCount()),
                costMicroEuros + call.getCostMicroEuros());
    }

    public int count(CallOutcome outcome) {
        return byOutcome.getOrDefault(outcome, 0);
    }

    /** Average agent response latency in ms over every measured turn; empty when none was measured. */
    public OptionalLong averageLatencyMs() {
        return latencyTurns == 0 ? OptionalLong.empty() : OptionalLong.of(latencyTotalMs / latencyTurns);
    }

    /** Average AI cost of a call in millionths of a euro (0 without calls). */
    public long costPerCallMicroEuros() {
        return calls == 0 ? 0 : costMicroEuros / calls;
    }

    /** Share of answered calls that produced an order or a booking, 0..1. */
    public double conversion() {
        return answered == 0 ? 0 : (double) converted / answered;
    }

    /** Two periods' figures added (for "last 7 days" totals). */
    public DailyCallFigures plus(DailyCallFigures other) {
        Map<CallOutcome, Integer> outcomes = new EnumMap<>(CallOutcome.class);
        outcomes.putAll(byOutcome);
        other.byOutcome.forEach((outcome, n) -> outcomes.merge(outcome, n, Integer::sum));
        return new DailyCallFigures(day, outcomes, calls + other.calls, answered + other.answered,
                converted + other.converted, latencyTotalMs + other.latencyTotalMs, latencyTurns + other.latencyTurns,
                costMicroEuros + other.costMicroEuros);
    }
}
