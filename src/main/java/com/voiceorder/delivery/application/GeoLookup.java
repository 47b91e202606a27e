package com.voiceorder.delivery.application;

import com.voiceorder.delivery.domain.GeoPoint;
import com.voiceorder.delivery.domain.GeoServiceException;
import com.voiceorder.delivery.domain.GeoServiceRefusedException;
import com.voiceorder.delivery.domain.GeocodedAddress;
import com.voiceorder.delivery.domain.Geocoder;
import com.voiceorder.delivery.domain.RoadDistance;
import com.voiceorder.delivery.domain.Route;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The geocoder and the road-distance service behind fault tolerance: each call has a deadline,
 * one retry for transient failures (none for refusals such as a denied key or an exceeded quota),
 * a circuit breaker that stops calling a failing service for 30 s, and a fallback answering
 * "unavailable" so the caller decides without them. Limits can be tuned through MicroProfile
 * Config (e.g. {@code com.voiceorder.delivery.application.GeoLookup/geocode/Timeout/value}).
 */
@ApplicationScoped
public class GeoLookup {

    static final String UNAVAILABLE = "Google Maps did not answer (error, timeout or circuit open)";
    private static final Logger LOG = Logger.getLogger(GeoLookup.class.getName());

    private final Geocoder geocoder;
    private final RoadDistance roads;

    @Inject
    public GeoLookup(Geocoder geocoder, RoadDistance roads) {
        this.geocoder = geocoder;
        this.roads = roads;
    }

    /** For CDI proxies. */
    protected GeoLookup() {
        this(null, null);
    }

    /** False without credentials: then nothing is asked and postal-code zones decide. */
    public boolean configured() {
        return geocoder.configured() && roads.configured();
    }

    @Timeout(4000)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = GeoServiceRefusedException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    @Fallback(fallbackMethod = "geocodingUnavailable")
    public GeoAnswer<GeocodedAddress> geocode(String address, String regionCode, String languageCode) {
        try {
            return GeoAnswer.of(geocoder.geocode(address, regionCode, languageCode));
        } catch (GeoServiceException e) {
            LOG.warning(() -> "Geocoding failed: " + e.getMessage());
            throw e;
        }
    }

    @Timeout(4000)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = GeoServiceRefusedException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    @Fallback(fallbackMethod = "routeUnavailable")
    public GeoAnswer<Route> drive(GeoPoint from, GeoPoint to) {
        try {
            return GeoAnswer.of(roads.drive(from, to));
        } catch (GeoServiceException e) {
            LOG.warning(() -> "Road distance failed: " + e.getMessage());
            throw e;
        }
    }

    public GeoAnswer<GeocodedAddress> geocodingUnavailable(String address, String regionCode, String languageCode) {
        return GeoAnswer.unavailable(UNAVAILABLE);
    }

    public GeoAnswer<Route> routeUnavailable(GeoPoint from, GeoPoint to) {
        return GeoAnswer.unavailable(UNAVAILABLE);
    }
}
