package com.voiceorder.delivery.domain;

/** What decided whether an address is delivered to. */
public enum DeliveryMethod {
    /** The road distance from the restaurant (Google Routes), compared with the delivery radius. */
    GOOGLE_ROAD_DISTANCE,
    /** A delivery zone matched the postal code Google found for the address. */
    GOOGLE_POSTAL_CODE_ZONE,
    /** Google could not find the address: the caller must say it again. */
    GOOGLE_ADDRESS_NOT_FOUND,
    /** Without Google (no key, or unavailable): the postal code heard in the caller's words and the zones. */
    POSTAL_CODE_ZONE,
    /** The restaurant does not deliver at all. */
    DELIVERY_DISABLED
}
