package com.voiceorder.delivery.domain;

/** How precisely a geocoder placed an address (Google's {@code geometry.location_type}). */
public enum LocationType {
    ROOFTOP,
    RANGE_INTERPOLATED,
    GEOMETRIC_CENTER,
    APPROXIMATE,
    UNKNOWN;

    /** Precise enough to deliver to without asking the caller again. */
    public boolean precise() {
        return this == ROOFTOP || this == RANGE_INTERPOLATED;
    }
}
