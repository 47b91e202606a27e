package com.voiceorder.reservations.domain;

import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * What a guest asks for: a service date, a wall-clock time in the restaurant's zone (null = any
 * time that day; for a service past midnight a time before its start is the night after), a party
 * size, and optionally a service and a room. When an existing reservation is being changed,
 * {@code changing} is its id (its own covers and tables do not count against it) and
 * {@code currentTables} the tables it keeps if they still fit.
 */
public record SeatingRequest(LocalDate date, LocalTime time, int partySize, Long serviceId, Long roomId,
                             Long changing, Set<Long> currentTables) {

    public static final int MAX_PARTY_SIZE = 500;

    public SeatingRequest {
        Guard.required("date", date);
        if (partySize < 1 || partySize > MAX_PARTY_SIZE) {
            throw new DomainException("partySize", "partySize is between 1 and " + MAX_PARTY_SIZE + ", not " + partySize);
        }
        currentTables = currentTables == null ? Set.of() : Set.copyOf(currentTables);
    }

    /** A request for a new booking. */
    public static SeatingRequest of(LocalDate date, LocalTime time, int partySize, Long serviceId, Long roomId) {
        return new SeatingRequest(date, time, partySize, serviceId, roomId, null, Set.of());
    }
}
