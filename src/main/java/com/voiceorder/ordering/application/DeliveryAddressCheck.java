package com.voiceorder.ordering.application;

/**
 * Decides whether an order's address can be delivered (road distance, postal-code zones) and on
 * which terms; implemented by the delivery capability. Orders taken by the phone agent are bound by
 * its refusal; staff may still place a refused delivery on the postal-code terms.
 */
public interface DeliveryAddressCheck {

    Verdict check(Long restaurantId, String address);

    /** Either a decision (deliverable) or the reason it is not, in words fit for the caller. */
    record Verdict(DeliveryDecision decision, String refusal) {

        public static Verdict deliverable(DeliveryDecision decision) {
            return new Verdict(decision, null);
        }

        public static Verdict refused(String reason) {
            return new Verdict(null, reason);
        }

        public boolean isDeliverable() {
            return decision != null;
        }
    }
}
