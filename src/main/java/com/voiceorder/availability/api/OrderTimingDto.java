package com.voiceorder.availability.api;

import com.voiceorder.ordering.application.TimingProposal;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Whether a pickup or delivery can be promised: the promised time (ready for pickup, at the door for
 * delivery), else why not ({@code reason}: TOO_SOON, CLOSED, PAST_LAST_ORDER, KITCHEN_FULL) and the next
 * feasible times.
 */
public record OrderTimingDto(boolean available, OffsetDateTime promisedTime, String reason, String message,
                             List<OffsetDateTime> alternatives) {

    static OrderTimingDto of(TimingProposal proposal) {
        return new OrderTimingDto(proposal.available(), offset(proposal.promisedTime()),
                proposal.reason() == null ? null : proposal.reason().name(), proposal.message(),
                proposal.alternatives().stream().map(OrderTimingDto::offset).toList());
    }

    private static OffsetDateTime offset(ZonedDateTime time) {
        return time == null ? null : time.toOffsetDateTime();
    }
}
