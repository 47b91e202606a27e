package com.voiceorder.restaurant.domain;

/**
 * What a delivery to one place costs: the fee, the minimum order, and the subtotal above which it
 * is free (null: never free). {@code zone} is the postal code of the matching zone, null when the
 * radius rule applies (the distance check itself belongs to delivery).
 */
public record DeliveryTerms(String zone, long feeCents, long minimumOrderCents, Long freeDeliveryThresholdCents) {

    public boolean byRadius() {
        return zone == null;
    }

    /** The fee for an order of this subtotal (zero at or above the free-delivery threshold). */
    public long feeFor(long subtotalCents) {
        return freeDeliveryThresholdCents != null && subtotalCents >= freeDeliveryThresholdCents ? 0 : feeCents;
    }

    public boolean meetsMinimum(long subtotalCents) {
        return subtotalCents >= minimumOrderCents;
    }
}
