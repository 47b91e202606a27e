package com.voiceorder.reservations.domain;

/**
 * A reservation's lifecycle: PENDING → CONFIRMED → SEATED → COMPLETED; CANCELLED from PENDING or
 * CONFIRMED; NO_SHOW from CONFIRMED.
 */
public enum ReservationStatus {
    PENDING,
    CONFIRMED,
    SEATED,
    COMPLETED,
    CANCELLED,
    NO_SHOW;

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED || this == NO_SHOW;
    }

    /** Whether a reservation in this status holds its table and covers. */
    public boolean holdsCapacity() {
        return this == PENDING || this == CONFIRMED || this == SEATED;
    }
}
