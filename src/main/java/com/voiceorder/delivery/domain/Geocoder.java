package com.voiceorder.delivery.domain;

import java.util.Optional;

/** Turns an address spoken by a caller into a point (port owned by delivery). */
public interface Geocoder {

    /** False when no credentials are configured: the caller must not use it. */
    boolean configured();

    /**
     * The best match for the address, searched with a bias for that region (ISO 3166 code, e.g.
     * "fr") and described in that language ("fr"); empty when nothing matches.
     *
     * @throws GeoServiceException when the service cannot answer
     */
    Optional<GeocodedAddress> geocode(String address, String regionCode, String languageCode);
}
