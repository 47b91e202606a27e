package com.voiceorder.delivery.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voiceorder.delivery.domain.GeoPoint;
import com.voiceorder.delivery.domain.GeoServiceException;
import com.voiceorder.delivery.domain.GeoServiceRefusedException;
import com.voiceorder.delivery.domain.RoadDistance;
import com.voiceorder.delivery.domain.Route;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Google Routes API {@code computeRouteMatrix} over REST: one origin, one destination, driving.
 * The field mask is mandatory and names {@code status} and {@code condition}, without which a
 * failed element would look like a route. Elements are matched by their indexes (proto3 JSON
 * leaves out a zero index). Traffic-unaware routing: the cheapest (Essentials) SKU.
 */
@ApplicationScoped
public class GoogleRoutesMatrix implements RoadDistance {

    static final String PATH = "/distanceMatrix/v2:computeRouteMatrix";
    static final String FIELD_MASK = "originIndex,destinationIndex,status,condition,distanceMeters,duration";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GoogleMapsConfig config;
    private final HttpClient http;

    @Inject
    public GoogleRoutesMatrix(GoogleMapsConfig config) {
        this.config = config;
        this.http = config == null ? null : HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.timeout())
                .build();
    }

    /** For CDI proxies. */
    protected GoogleRoutesMatrix() {
        this(null);
    }

    @Override
    public boolean configured() {
        return config.configured();
    }

    @Override
    public Optional<Route> drive(GeoPoint from, GeoPoint to) {
        if (!config.configured()) {
            throw new GeoServiceRefusedException("No Google Maps API key configured");
        }
        HttpResponse<String> response = send(request(from, to));
        if (response.statusCode() != 200) {
            String problem = "Google Routes answered HTTP " + response.statusCode() + errorOf(response.body());
            if (response.statusCode() >= 500) {
                throw new GeoServiceException(problem);
            }
            throw new GeoServiceRefusedException(problem);
        }
        return routeOf(element(response.body()));
    }

    private HttpRequest request(GeoPoint from, GeoPoint to) {
        Map<String, Object> body = Map.of(
                "origins", List.of(Map.of("waypoint", waypoint(from))),
                "destinations", List.of(Map.of("waypoint", waypoint(to))),
                "travelMode", "DRIVE",
                "routingPreference", "TRAFFIC_UNAWARE");
        try {
            return HttpRequest.newBuilder(URI.create(config.routesBaseUrl() + PATH))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("X-Goog-Api-Key", config.apiKey())
                    .header("X-Goog-FieldMask", FIELD_MASK)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the route request", e);
        }
    }

    private static Map<String, Object> waypoint(GeoPoint point) {
        return Map.of("location", Map.of("latLng", Map.of("latitude", point.latitude(), "longitude", point.longitude())));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new GeoServiceException("Google Routes unreachable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GeoServiceException("Interrupted while asking Google Routes", e);
        }
    }

    /** The element for origin 0 and destination 0. */
    private static JsonNode element(String body) {
        JsonNode elements;
        try {
            elements = JSON.readTree(body);
        } catch (IOException e) {
            throw new GeoServiceException("Google Routes sent unreadable JSON", e);
        }
        if (elements == null || !elements.isArray()) {
            throw new GeoServiceException("Google Routes sent no element array");
        }
        for (JsonNode element : elements) {
            if (element.path("originIndex").asInt(0) == 0 && element.path("destinationIndex").asInt(0) == 0) {
                return element;
            }
        }
        throw new GeoServiceException("Google Routes sent no element for the destination");
    }

    private static Optional<Route> routeOf(JsonNode element) {
        JsonNode status = element.path("status");
        if (status.path("code").asInt(0) != 0) {
            throw new GeoServiceRefusedException("Google Routes could not route: code " + status.path("code").asInt()
                    + " " + status.path("message").asText(""));
        }
        if ("ROUTE_NOT_FOUND".equals(element.path("condition").asText())) {
            return Optional.empty();
        }
        if (!"ROUTE_EXISTS".equals(element.path("condition").asText())) {
            throw new GeoServiceException("Google Routes sent an element without condition: " + element);
        }
        return Optional.of(new Route(element.path("distanceMeters").asLong(0), duration(element.path("duration").asText("0s"))));
    }

    /** "1234s" or "12.5s" (protobuf Duration in JSON), rounded up to the second. */
    static Duration duration(String text) {
        if (!text.endsWith("s")) {
            throw new GeoServiceException("Not a duration: " + text);
        }
        try {
            BigDecimal seconds = new BigDecimal(text.substring(0, text.length() - 1));
            return Duration.ofSeconds(seconds.setScale(0, RoundingMode.CEILING).longValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            throw new GeoServiceException("Not a duration: " + text);
        }
    }

    private static String errorOf(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            return error.isMissingNode() ? "" : " " + error.path("status").asText() + ": " + error.path("message").asText();
        } catch (IOException e) {
            return "";
        }
    }
}
