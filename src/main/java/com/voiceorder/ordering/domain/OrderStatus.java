package com.voiceorder.ordering.domain;

/**
 * An order's lifecycle: NEW → ACCEPTED → PREPARING → READY → (OUT_FOR_DELIVERY, delivery only) →
 * COMPLETED; CANCELLED from any state that is not final.
 */
public enum OrderStatus {
    NEW,
    ACCEPTED,
    PREPARING,
    READY,
    OUT_FOR_DELIVERY,
    COMPLETED,
    CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
