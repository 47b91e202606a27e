package com.voiceorder.ordering.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A kitchen slot: {@code slotMinutes} of real time counted from the local midnight, so slots follow
 * the restaurant's clock (12:00, 12:15 …) and stay exactly that long across DST changes; the last
 * slot of a day stops at the next midnight.
 */
public record KitchenSlot(Instant start, Instant end) {

    public static KitchenSlot containing(Instant at, ZoneId zone, int slotMinutes) {
        LocalDate day = at.atZone(zone).toLocalDate();
        Instant midnight = day.atStartOfDay(zone).toInstant();
        Instant nextMidnight = day.plusDays(1).atStartOfDay(zone).toInstant();
        long index = Duration.between(midnight, at).toMinutes() / slotMinutes;
        Instant start = midnight.plus(Duration.ofMinutes(index * slotMinutes));
        Instant end = start.plus(Duration.ofMinutes(slotMinutes));
        return new KitchenSlot(start, end.isAfter(nextMidnight) ? nextMidnight : end);
    }
}
