package com.voiceorder.ordering.domain;

/** Why an order cannot be ready at a time. */
public enum UnavailableReason {
    /** Sooner than the kitchen can prepare it from now. */
    TOO_SOON,
    /** Outside the opening hours, on an exceptional closure, or before the kitchen has had time after opening. */
    CLOSED,
    /** The kitchen would have to start it after the last-order time of that service. */
    PAST_LAST_ORDER,
    /** The kitchen slot already holds as many orders or items as it can make. */
    KITCHEN_FULL
}
