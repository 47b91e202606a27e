package com.voiceorder.reservations.application;

import com.voiceorder.reservations.domain.ServiceKind;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

/**
 * A dining service as edited in the dashboard or the API. {@code pacingCovers} null = no pacing;
 * {@code prepaymentPerPersonCents} null or 0 = no prepayment; {@code durationsByPartySize} maps
 * "up to N guests" to minutes.
 */
public record DiningServiceCommand(
        String name,
        ServiceKind kind,
        Set<DayOfWeek> weekdays,
        LocalTime startTime,
        LocalTime lastSeating,
        int slotIntervalMinutes,
        int maxCovers,
        Integer pacingCovers,
        int defaultDurationMinutes,
        Map<Integer, Integer> durationsByPartySize,
        Long prepaymentPerPersonCents,
        boolean active) {

    public DiningServiceCommand {
        weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
        durationsByPartySize = durationsByPartySize == null ? Map.of() : Map.copyOf(durationsByPartySize);
    }
}
