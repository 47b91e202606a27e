package com.voiceorder.calls.application;

/**
 * Do we deliver to that address, for what fee and how soon? Owned by the agent, implemented at
 * merge by an adapter over {@code DeliveryCheckService.check(restaurantId, address, customerId)}.
 */
public interface DeliveryChecks {

    /** {@code customerId} may be null (unknown caller). */
    Answer check(Long restaurantId, String address, Long customerId);

    /**
     * {@code needsConfirmation}: the address was matched only partly, read {@code formattedAddress}
     * back to the caller; {@code method} says what decided (e.g. "routes", "postal_code").
     * Nullable: formattedAddress, feeCents, minimumOrderCents, etaMinutes, reason.
     */
    record Answer(boolean deliverable, boolean needsConfirmation, String formattedAddress, Long feeCents,
                  Long minimumOrderCents, Integer etaMinutes, String method, String reason) {
    }
}
