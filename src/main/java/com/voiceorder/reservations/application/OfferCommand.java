package com.voiceorder.reservations.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** An offer as edited; empty weekdays / serviceIds = any, null dates = open-ended, null max = no limit. */
public record OfferCommand(
        String name,
        String description,
        LocalDate validFrom,
        LocalDate validTo,
        Set<DayOfWeek> weekdays,
        Set<Long> serviceIds,
        int minPartySize,
        Integer maxPartySize,
        Long formulaId,
        boolean active) {

    public OfferCommand {
        weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
        serviceIds = serviceIds == null ? Set.of() : Set.copyOf(serviceIds);
    }
}
