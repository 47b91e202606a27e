package com.voiceorder.delivery.domain;

import com.voiceorder.restaurant.domain.DeliveryTerms;

/**
 * Whether an address is delivered to, what decided it and why; the terms (zone, fee, minimum,
 * free-delivery threshold) when it is.
 */
public record DeliveryDecision(boolean deliverable, DeliveryMethod method, String reason, DeliveryTerms terms) {

    static DeliveryDecision accepted(DeliveryMethod method, String reason, DeliveryTerms terms) {
        return new DeliveryDecision(true, method, reason, terms);
    }

    static DeliveryDecision refused(DeliveryMethod method, String reason) {
        return new DeliveryDecision(false, method, reason, null);
    }
}
