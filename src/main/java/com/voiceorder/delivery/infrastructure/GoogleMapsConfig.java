package com.voiceorder.delivery.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Google Maps Platform settings. Without an API key the delivery check works from postal-code
 * zones only. The base URL override sends the Geocoding and the Routes calls to one server
 * (a local test double); Google itself serves them from two hosts.
 */
@ApplicationScoped
public class GoogleMapsConfig {

    public static final String GEOCODING_BASE_URL = "https://maps.googleapis.com";
    public static final String ROUTES_BASE_URL = "https://routes.googleapis.com";

    private final String apiKey;
    private final String baseUrlOverride;
    private final Duration timeout;

    @Inject
    public GoogleMapsConfig(@ConfigProperty(name = "voiceorder.google.api-key") Optional<String> apiKey,
                            @ConfigProperty(name = "voiceorder.google.base-url") Optional<String> baseUrlOverride,
                            @ConfigProperty(name = "voiceorder.google.timeout-ms", defaultValue = "2500") long timeoutMillis) {
        this.apiKey = apiKey.map(String::strip).filter(key -> !key.isEmpty()).orElse(null);
        this.baseUrlOverride = baseUrlOverride.map(String::strip).filter(url -> !url.isEmpty())
                .map(url -> url.replaceAll("/+$", "")).orElse(null);
        this.timeout = Duration.ofMillis(timeoutMillis);
    }

    /** For CDI proxies. */
    protected GoogleMapsConfig() {
        this(Optional.empty(), Optional.empty(), 2500);
    }

    public boolean configured() {
        return apiKey != null;
    }

    /** The key; never log it. */
    public String apiKey() {
        return apiKey;
    }

    /** Where the client library sends Geocoding requests: the override, or null for Google's own. */
    public String geocodingBaseUrlOverride() {
        return baseUrlOverride;
    }

    public String routesBaseUrl() {
        return baseUrlOverride != null ? baseUrlOverride : ROUTES_BASE_URL;
    }

    /** Connect and read timeout of one HTTP request. */
    public Duration timeout() {
        return timeout;
    }
}
