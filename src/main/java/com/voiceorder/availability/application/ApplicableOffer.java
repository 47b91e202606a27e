package com.voiceorder.availability.application;

import com.voiceorder.reservations.domain.Offer;

/** An offer a booking at that seating may take. */
public record ApplicableOffer(Long id, String name, String description, Long formulaId) {

    static ApplicableOffer of(Offer offer) {
        return new ApplicableOffer(offer.getId(), offer.getName(), offer.getDescription(), offer.getFormulaId());
    }
}
