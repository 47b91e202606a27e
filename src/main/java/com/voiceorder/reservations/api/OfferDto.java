package com.voiceorder.reservations.api;

import com.voiceorder.reservations.domain.Offer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** An offer and where it applies. */
public record OfferDto(Long id, String name, String description, LocalDate validFrom, LocalDate validTo,
                       List<DayOfWeek> weekdays, List<Long> serviceIds, int minPartySize, Integer maxPartySize,
                       Long formulaId, boolean active) {

    static OfferDto of(Offer offer) {
        return new OfferDto(offer.getId(), offer.getName(), offer.getDescription(), offer.getValidFrom(),
                offer.getValidTo(), offer.getWeekdays().stream().sorted().toList(),
                offer.getServiceIds().stream().sorted().toList(), offer.getMinPartySize(), offer.getMaxPartySize(),
                offer.getFormulaId(), offer.isActive());
    }
}
