package com.voiceorder.delivery.application;

import com.voiceorder.delivery.domain.DeliveryDecision;
import com.voiceorder.delivery.domain.DeliveryMethod;
import com.voiceorder.restaurant.domain.DeliveryTerms;

/**
 * The answer to "do you deliver to …?", for the phone agent, the dashboard and the API.
 * {@code method} says what decided and {@code reason} why, in words the agent can relay.
 * When {@code needsConfirmation}, the address was only partly understood: read
 * {@code formattedAddress} back to the caller ({@code confirmationQuestion}) before going on.
 * Distances in meters, money in cents, times in minutes; unknown values are null (no distance
 * without Google; no fee or minimum when not deliverable). {@code etaMinutes} is the usual
 * preparation time plus the drive; {@code savedAddress} tells that the coordinates came from the
 * customer's saved address instead of a new geocoding.
 */
public record DeliveryCheckResult(
        boolean deliverable,
        DeliveryMethod method,
        String reason,
        String formattedAddress,
        String postalCode,
        boolean needsConfirmation,
        String confirmationQuestion,
        Long distanceMeters,
        Integer travelMinutes,
        String zone,
        Long feeCents,
        Long minimumOrderCents,
        Long freeDeliveryThresholdCents,
        Integer etaMinutes,
        boolean savedAddress) {

    /** Assembles a result from a decision and what was learned about the place and the route. */
    static DeliveryCheckResult of(DeliveryDecision decision, String formattedAddress, String postalCode,
            boolean needsConfirmation, Long distanceMeters, Integer travelMinutes, Integer etaMinutes,
            boolean savedAddress) {
        DeliveryTerms terms = decision.terms();
        return new DeliveryCheckResult(decision.deliverable(), decision.method(), decision.reason(), formattedAddress,
                postalCode, needsConfirmation,
                needsConfirmation ? "Please confirm the address: " + formattedAddress : null,
                distanceMeters, travelMinutes,
                terms == null ? null : terms.zone(),
                terms == null ? null : terms.feeCents(),
                terms == null ? null : terms.minimumOrderCents(),
                terms == null ? null : terms.freeDeliveryThresholdCents(),
                decision.deliverable() ? etaMinutes : null,
                savedAddress);
    }
}
