package com.voiceorder.calls.api;

import com.voiceorder.calls.domain.Call;
import com.voiceorder.calls.domain.CallToolCall;
import com.voiceorder.calls.domain.CallTurn;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/**
 * A call with its transcript and the agent's tool calls; a tool call's arguments and result are
 * the JSON the agent exchanged (as a string when it was cut to fit storage).
 */
public record CallDto(Long id, Long lineId, String callerNumber, String calledNumber, String direction,
                      Instant startedAt, Instant answeredAt, Instant endedAt, long durationSeconds, String outcome,
                      Integer sipStatus, String sipReason, Long orderId, Long reservationId, boolean test,
                      Latency latency, long costMicroEuros, List<Turn> turns, List<ToolCall> toolCalls) {

    public record Latency(int turnCount, Integer averageMs, Integer p95Ms, Integer maxMs) {
    }

    public record Turn(int sequence, String speaker, String text, Instant at) {

        static Turn of(CallTurn turn) {
            return new Turn(turn.getSequence(), turn.getSpeaker().name(), turn.getText(), turn.getAt());
        }
    }

    public record ToolCall(int sequence, String toolCallId, String name, JsonValue arguments, JsonValue result,
                           Instant at, long durationMs) {

        static ToolCall of(CallToolCall call) {
            return new ToolCall(call.getSequence(), call.getToolCallId(), call.getName(),
                    json(call.getArgumentsJson()), json(call.getResultJson()), call.getAt(), call.getDurationMs());
        }
    }

    static CallDto of(Call call) {
        return new CallDto(call.getId(), call.getLineId(), call.getCallerNumber(), call.getCalledNumber(),
                call.getDirection().name(), call.getStartedAt(), call.getAnsweredAt(), call.getEndedAt(),
                call.durationSeconds(), call.getOutcome().name(), call.getSipStatus(), call.getSipReason(),
                call.getOrderId(), call.getReservationId(), call.isTest(),
                new Latency(call.getLatencyTurnCount(), call.getLatencyAvgMs(), call.getLatencyP95Ms(),
                        call.getLatencyMaxMs()),
                call.getCostMicroEuros(), call.getTurns().stream().map(Turn::of).toList(),
                call.getToolCalls().stream().map(ToolCall::of).toList());
    }

    private static JsonValue json(String text) {
        if (text == null) {
            return JsonValue.NULL;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException truncated) {
            return Json.createValue(text);
        }
    }
}
