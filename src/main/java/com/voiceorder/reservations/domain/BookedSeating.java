package com.voiceorder.reservations.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A reservation as availability sees it: the covers it counts in its service date and the tables
 * it holds over [startsAt, endsAt). Only reservations still holding capacity are read this way.
 */
public record BookedSeating(Long reservationId, Long serviceId, LocalDate serviceDate, Instant startsAt,
                            Instant endsAt, int partySize, Set<Long> tableIds) {

    public BookedSeating {
        tableIds = tableIds == null ? Set.of() : Set.copyOf(tableIds);
    }

    public boolean overlaps(Instant from, Instant to) {
        return startsAt.isBefore(to) && endsAt.isAfter(from);
    }
}
