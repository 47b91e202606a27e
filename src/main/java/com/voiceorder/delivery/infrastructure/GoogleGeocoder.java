package com.voiceorder.delivery.infrastructure;

import com.google.maps.GeoApiContext;
import com.google.maps.GeocodingApi;
import com.google.maps.errors.AccessNotConfiguredException;
import com.google.maps.errors.ApiException;
import com.google.maps.errors.InvalidRequestException;
import com.google.maps.errors.OverDailyLimitException;
import com.google.maps.errors.OverQueryLimitException;
import com.google.maps.errors.RequestDeniedException;
import com.google.maps.errors.ZeroResultsException;
import com.google.maps.model.AddressComponent;
import com.google.maps.model.AddressComponentType;
import com.google.maps.model.GeocodingResult;
import com.voiceorder.delivery.domain.GeoPoint;
import com.voiceorder.delivery.domain.GeoServiceException;
import com.voiceorder.delivery.domain.GeoServiceRefusedException;
import com.voiceorder.delivery.domain.GeocodedAddress;
import com.voiceorder.delivery.domain.Geocoder;
import com.voiceorder.delivery.domain.LocationType;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Google Geocoding API through the google-maps-services client: one shared context, short
 * timeouts, the library's own retries off (fault tolerance around the caller retries instead).
 */
@ApplicationScoped
public class GoogleGeocoder implements Geocoder {

    private final GoogleMapsConfig config;
    private GeoApiContext context;

    @Inject
    public GoogleGeocoder(GoogleMapsConfig config) {
        this.config = config;
    }

    /** For CDI proxies. */
    protected GoogleGeocoder() {
        this.config = null;
    }

    @Override
    public boolean configured() {
        return config.configured();
    }

    @Override
    public Optional<GeocodedAddress> geocode(String address, String regionCode, String languageCode) {
        GeocodingResult[] results;
        try {
            results = GeocodingApi.geocode(context(), address).region(regionCode).language(languageCode).await();
        } catch (ZeroResultsException e) {
            return Optional.empty();
        } catch (OverQueryLimitException | OverDailyLimitException | RequestDeniedException
                 | InvalidRequestException | AccessNotConfiguredException e) {
            throw new GeoServiceRefusedException("Google Geocoding refused the request: " + describe(e));
        } catch (ApiException e) {
            if (String.valueOf(e.getMessage()).contains("Status: OVER_DAILY_LIMIT")) {
                // client 2.2.0 has no class for this status: it arrives as UnknownErrorException
                throw new GeoServiceRefusedException("Google Geocoding refused the request: " + describe(e));
            }
            throw new GeoServiceException("Google Geocoding failed: " + describe(e), e);
        } catch (IOException e) {
            throw new GeoServiceException("Google Geocoding unreachable: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GeoServiceException("Interrupted while geocoding", e);
        }
        return results == null || results.length == 0 ? Optional.empty() : Optional.of(toAddress(results[0]));
    }

    private static GeocodedAddress toAddress(GeocodingResult result) {
        GeoPoint location = new GeoPoint(result.geometry.location.lat, result.geometry.location.lng);
        LocationType type = result.geometry.locationType == null ? LocationType.UNKNOWN
                : Arrays.stream(LocationType.values())
                        .filter(known -> known.name().equals(result.geometry.locationType.name()))
                        .findFirst().orElse(LocationType.UNKNOWN);
        return new GeocodedAddress(result.formattedAddress, location, type, result.partialMatch,
                component(result, AddressComponentType.POSTAL_CODE), component(result, AddressComponentType.LOCALITY));
    }

    private static String component(GeocodingResult result, AddressComponentType type) {
        if (result.addressComponents == null) {
            return null;
        }
        for (AddressComponent component : result.addressComponents) {
            if (component.types != null && Arrays.asList(component.types).contains(type)) {
                return component.longName;
            }
        }
        return null;
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private synchronized GeoApiContext context() {
        if (!config.configured()) {
            throw new GeoServiceRefusedException("No Google Maps API key configured");
        }
        if (context == null) {
            long millis = config.timeout().toMillis();
            GeoApiContext.Builder builder = new GeoApiContext.Builder()
                    .apiKey(config.apiKey())
                    .connectTimeout(millis, TimeUnit.MILLISECONDS)
                    .readTimeout(millis, TimeUnit.MILLISECONDS)
                    .writeTimeout(millis, TimeUnit.MILLISECONDS)
                    .disableRetries();
            if (config.geocodingBaseUrlOverride() != null) {
                builder.baseUrlOverride(config.geocodingBaseUrlOverride());
            }
            context = builder.build();
        }
        return context;
    }

    @PreDestroy
    public synchronized void close() {
        if (context != null) {
            context.shutdown();
            context = null;
        }
    }
}
