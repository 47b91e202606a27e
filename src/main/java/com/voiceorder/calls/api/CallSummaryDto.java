package com.voiceorder.calls.api;

import com.voiceorder.calls.domain.Call;
import java.time.Instant;

/** A call in the log, without its transcript. */
public record CallSummaryDto(Long id, Long lineId, String callerNumber, String calledNumber, String direction,
                             Instant startedAt, Instant answeredAt, Instant endedAt, long durationSeconds,
                             String outcome, Long orderId, Long reservationId, boolean test) {

    static CallSummaryDto of(Call call) {
        return new CallSummaryDto(call.getId(), call.getLineId(), call.getCallerNumber(), call.getCalledNumber(),
                call.getDirection().name(), call.getStartedAt(), call.getAnsweredAt(), call.getEndedAt(),
                call.durationSeconds(), call.getOutcome().name(), call.getOrderId(), call.getReservationId(),
                call.isTest());
    }
}
