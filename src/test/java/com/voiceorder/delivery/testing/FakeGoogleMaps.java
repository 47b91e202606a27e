package com.voiceorder.delivery.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A local HTTP server that answers like Google Maps Platform, for tests of the real clients:
 * the Geocoding API ({@code GET /maps/api/geocode/json}: statuses OK, ZERO_RESULTS,
 * OVER_QUERY_LIMIT, REQUEST_DENIED…, partial_match, location types, address components) and the
 * Routes API ({@code POST /distanceMatrix/v2:computeRouteMatrix}: API key header, mandatory field
 * mask — 400 without it, only the masked fields returned — a JSON array of elements in no
 * particular order, ROUTE_NOT_FOUND conditions and element status errors).
 */
public final class FakeGoogleMaps implements AutoCloseable {

    public static final String GEOCODE_PATH = "/maps/api/geocode/json";
    public static final String ROUTES_PATH = "/distanceMatrix/v2:computeRouteMatrix";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A place Google knows: how it formats the address, where it is and how precisely. */
    public record Place(String formattedAddress, double latitude, double longitude, String locationType,
            boolean partialMatch, String postalCode, String city) {

        public static Place rooftop(String formattedAddress, double latitude, double longitude, String postalCode,
                String city) {
            return new Place(formattedAddress, latitude, longitude, "ROOFTOP", false, postalCode, city);
        }
    }

    private final String apiKey;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Place> places = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> routes = new ConcurrentHashMap<>();
    private final List<String> geocodedAddresses = new CopyOnWriteArrayList<>();
    private final List<JsonNode> routeRequests = new CopyOnWriteArrayList<>();
    private volatile String forcedGeocodingStatus;
    private volatile Integer forcedRoutesHttpStatus;
    private volatile CountDownLatch hold;

    private FakeGoogleMaps(String apiKey, int port) {
        this.apiKey = apiKey;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext(GEOCODE_PATH, exchange -> answer(exchange, this::geocode));
        server.createContext(ROUTES_PATH, exchange -> answer(exchange, this::computeRouteMatrix));
        server.start();
    }

    /** A server on a free loopback port accepting that API key. */
    public static FakeGoogleMaps start(String apiKey) {
        return new FakeGoogleMaps(apiKey, 0);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Google finds this address (as the query text is sent) at that place. */
    public FakeGoogleMaps knows(String address, Place place) {
        places.put(address, place);
        return this;
    }

    /** A drivable route from anywhere to that point. */
    public FakeGoogleMaps routeTo(double latitude, double longitude, long meters, long seconds) {
        routes.put(key(latitude, longitude), Map.of("condition", "ROUTE_EXISTS", "distanceMeters", meters,
                "duration", seconds + "s", "staticDuration", seconds + "s", "status", Map.of()));
        return this;
    }

    /** No road goes to that point. */
    public FakeGoogleMaps noRouteTo(double latitude, double longitude) {
        routes.put(key(latitude, longitude), Map.of("condition", "ROUTE_NOT_FOUND", "status", Map.of()));
        return this;
    }

    /** The element for that point fails with a google.rpc.Status (e.g. 3 INVALID_ARGUMENT). */
    public FakeGoogleMaps elementErrorTo(double latitude, double longitude, int code, String message) {
        routes.put(key(latitude, longitude), Map.of("status", Map.of("code", code, "message", message)));
        return this;
    }

    /** Every geocoding answer has this status (null: answer normally). */
    public void forceGeocodingStatus(String status) {
        forcedGeocodingStatus = status;
    }

    /** Every route matrix answer is this HTTP error (null: answer normally). */
    public void forceRoutesHttpStatus(Integer status) {
        forcedRoutesHttpStatus = status;
    }

    /** Requests wait (up to 10 s) until {@link #release()}. */
    public void holdResponses() {
        hold = new CountDownLatch(1);
    }

    public void release() {
        CountDownLatch current = hold;
        hold = null;
        if (current != null) {
            current.countDown();
        }
    }

    /** The address texts geocoded so far, in order. */
    public List<String> geocodedAddresses() {
        return List.copyOf(geocodedAddresses);
    }

    /** The route matrix request bodies received so far. */
    public List<JsonNode> routeRequests() {
        return List.copyOf(routeRequests);
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }

    private interface Handler {
        Reply handle(HttpExchange exchange) throws IOException;
    }

    private record Reply(int status, Object body) {
    }

    private void answer(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            CountDownLatch current = hold;
            if (current != null) {
                current.await(10, TimeUnit.SECONDS);
            }
            Reply reply = handler.handle(exchange);
            byte[] bytes = JSON.writeValueAsBytes(reply.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- Geocoding API ---------------------------------------------------------------------------

    private Reply geocode(HttpExchange exchange) {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String address = query.get("address");
        geocodedAddresses.add(address);
        if (!apiKey.equals(query.get("key"))) {
            return geocodingError("REQUEST_DENIED", "The provided API key is invalid. ");
        }
        if (address == null || address.isBlank()) {
            return geocodingError("INVALID_REQUEST", "Invalid request. Missing the 'address', 'components', "
                    + "'latlng' or 'place_id' parameter.");
        }
        String forced = forcedGeocodingStatus;
        if (forced != null) {
            return forced.equals("ZERO_RESULTS") ? new Reply(200, Map.of("results", List.of(), "status", forced))
                    : geocodingError(forced, "Forced " + forced);
        }
        Place place = places.get(address);
        if (place == null) {
            return new Reply(200, Map.of("results", List.of(), "status", "ZERO_RESULTS"));
        }
        return new Reply(200, Map.of("results", List.of(result(place)), "status", "OK"));
    }

    private static Reply geocodingError(String status, String message) {
        return new Reply(200, Map.of("error_message", message, "results", List.of(), "status", status));
    }

    private static Map<String, Object> result(Place place) {
        List<Map<String, Object>> components = new ArrayList<>();
        components.add(component("12", "street_number"));
        if (place.city() != null) {
            components.add(Map.of("long_name", place.city(), "short_name", place.city(),
                    "types", List.of("locality", "political")));
        }
        if (place.postalCode() != null) {
            components.add(component(place.postalCode(), "postal_code"));
        }
        components.add(Map.of("long_name", "France", "short_name", "FR", "types", List.of("country", "political")));
        Map<String, Object> location = Map.of("lat", place.latitude(), "lng", place.longitude());
        Map<String, Object> viewport = Map.of(
                "northeast", Map.of("lat", place.latitude() + 0.001, "lng", place.longitude() + 0.001),
                "southwest", Map.of("lat", place.latitude() - 0.001, "lng", place.longitude() - 0.001));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("address_components", components);
        result.put("formatted_address", place.formattedAddress());
        result.put("geometry", Map.of("location", location, "location_type", place.locationType(), "viewport", viewport));
        result.put("place_id", "ChIJfake" + Math.abs(place.formattedAddress().hashCode()));
        result.put("types", List.of("street_address"));
        if (place.partialMatch()) {
            result.put("partial_match", true);
        }
        return result;
    }

    private static Map<String, Object> component(String name, String type) {
        return Map.of("long_name", name, "short_name", name, "types", List.of(type));
    }

    // --- Routes API ------------------------------------------------------------------------------

    private Reply computeRouteMatrix(HttpExchange exchange) throws IOException {
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            body = JSON.readTree(in);
        }
        routeRequests.add(body);
        if (!"POST".equals(exchange.getRequestMethod())) {
            return routesError(404, "NOT_FOUND", "Method not allowed");
        }
        if (!apiKey.equals(exchange.getRequestHeaders().getFirst("X-Goog-Api-Key"))) {
            return routesError(403, "PERMISSION_DENIED", "API key not valid. Please pass a valid API key.");
        }
        String mask = exchange.getRequestHeaders().getFirst("X-Goog-FieldMask");
        if (mask == null || mask.isBlank()) {
            return routesError(400, "INVALID_ARGUMENT", "FieldMask is a required parameter. See "
                    + "https://cloud.google.com/apis/docs/system-parameters on how to provide it.");
        }
        Integer forced = forcedRoutesHttpStatus;
        if (forced != null) {
            return routesError(forced, forced >= 500 ? "UNAVAILABLE" : "RESOURCE_EXHAUSTED", "Forced " + forced);
        }
        if (!"DRIVE".equals(body.path("travelMode").asText())) {
            return routesError(400, "INVALID_ARGUMENT", "This test double routes DRIVE only");
        }
        Set<String> fields = Arrays.stream(mask.split(",")).map(String::strip).collect(Collectors.toSet());
        List<Map<String, Object>> elements = new ArrayList<>();
        JsonNode origins = body.path("origins");
        JsonNode destinations = body.path("destinations");
        for (int o = 0; o < origins.size(); o++) {
            for (int d = 0; d < destinations.size(); d++) {
                JsonNode latLng = destinations.get(d).path("waypoint").path("location").path("latLng");
                Map<String, Object> element = new LinkedHashMap<>(routes.getOrDefault(
                        key(latLng.path("latitude").asDouble(), latLng.path("longitude").asDouble()),
                        Map.of("condition", "ROUTE_NOT_FOUND", "status", Map.of())));
                element.put("originIndex", o);
                element.put("destinationIndex", d);
                element.keySet().retainAll(fields);
                elements.add(element);
            }
        }
        Collections.reverse(elements);
        return new Reply(200, elements);
    }

    private static Reply routesError(int code, String status, String message) {
        return new Reply(code, Map.of("error", Map.of("code", code, "message", message, "status", status)));
    }

    private static String key(double latitude, double longitude) {
        return String.format(Locale.ROOT, "%.5f,%.5f", latitude, longitude);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.put(name, value);
        }
        return values;
    }
}
