package com.voiceorder.reservations.domain;

import java.util.Optional;

/** Either a seating or the reason there is none. */
public record SeatingOutcome(Seating seating, SeatingRefusal refusal) {

    public static SeatingOutcome seated(Seating seating) {
        return new SeatingOutcome(seating, null);
    }

    public static SeatingOutcome refused(SeatingRefusal refusal) {
        return new SeatingOutcome(null, refusal);
    }

    public boolean isSeated() {
        return seating != null;
    }

    public Optional<Seating> asOptional() {
        return Optional.ofNullable(seating);
    }
}
