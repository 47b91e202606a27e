package com.voiceorder.delivery.domain;

import java.util.Optional;

/** Driving distance and time between two points (port owned by delivery). */
public interface RoadDistance {

    /** False when no credentials are configured: the caller must not use it. */
    boolean configured();

    /**
     * The driving route from one point to the other; empty when no road route exists.
     *
     * @throws GeoServiceException when the service cannot answer
     */
    Optional<Route> drive(GeoPoint from, GeoPoint to);
}
