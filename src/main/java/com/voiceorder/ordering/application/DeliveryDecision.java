package com.voiceorder.ordering.application;

import com.voiceorder.restaurant.domain.DeliveryTerms;
import com.voiceorder.shared.domain.DomainException;
import java.time.Duration;

/**
 * A delivery already decided for the order's address (by road distance or postal-code zone): its
 * terms (zone, fee, minimum order, free-delivery threshold), the travel time when known, and the
 * geocoded position when known. Given to {@link TakeOrderCommand}, it replaces the postal-code terms.
 */
public record DeliveryDecision(DeliveryTerms terms, Duration travelTime, Double latitude, Double longitude) {

    public DeliveryDecision {
        if (terms == null) {
            throw new DomainException("delivery", "a delivery decision needs its terms");
        }
        if (travelTime != null && travelTime.isNegative()) {
            throw new DomainException("delivery", "a travel time cannot be negative");
        }
    }

    public static DeliveryDecision of(DeliveryTerms terms, Duration travelTime) {
        return new DeliveryDecision(terms, travelTime, null, null);
    }
}
