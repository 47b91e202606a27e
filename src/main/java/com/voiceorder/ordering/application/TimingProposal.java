package com.voiceorder.ordering.application;

import com.voiceorder.ordering.domain.UnavailableReason;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The answer to "when can we have it?", in the restaurant's zone: available with the promised time
 * (the requested one, or the earliest feasible when none was asked), or not with the reason, a
 * message the agent can repeat, and the next feasible times. Alternatives may follow an available
 * earliest time too.
 */
public record TimingProposal(boolean available, ZonedDateTime promisedTime, UnavailableReason reason, String message,
                             List<ZonedDateTime> alternatives) {

    public TimingProposal {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }
}
