package com.voiceorder.delivery.domain;

import java.util.Objects;

/**
 * Where a geocoder placed the caller's words: the address as it understood it, the point, how
 * precise it is, and the postal code and city it found (either may be null).
 */
public record GeocodedAddress(String formattedAddress, GeoPoint location, LocationType locationType,
        boolean partialMatch, String postalCode, String city) {

    public GeocodedAddress {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(locationType, "locationType");
    }

    /** A partial match or an imprecise point: read the formatted address back to the caller first. */
    public boolean needsConfirmation() {
        return partialMatch || !locationType.precise();
    }
}
