package com.voiceorder.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** A small JSON client for the REST API under test. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final Function<String, URI> resolver;
    private final String authorization;
    private final Map<String, String> headers;

    private ApiClient(LibertyServer server, String authorization) {
        this(server::uri, authorization, Map.of());
    }

    private ApiClient(Function<String, URI> resolver, String authorization, Map<String, String> headers) {
        this.resolver = resolver;
        this.authorization = authorization;
        this.headers = Map.copyOf(headers);
    }

    public static ApiClient basic(LibertyServer server, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(server, "Basic " + credentials);
    }

    /** A client of a server already running elsewhere (benchmarks), e.g. {@code http://127.0.0.1:9080/}. */
    public static ApiClient basic(URI baseUri, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(path -> baseUri.resolve(path.startsWith("/") ? path.substring(1) : path),
                "Basic " + credentials, Map.of());
    }

    public static ApiClient admin(LibertyServer server) {
        return basic(server, "admin", LibertyServer.ADMIN_PASSWORD);
    }

    public static ApiClient bearer(LibertyServer server, String token) {
        return new ApiClient(server, "Bearer " + token);
    }

    public static ApiClient anonymous(LibertyServer server) {
        return new ApiClient(server, null);
    }

    /** The same client sending one more header with every request, replacing a default (e.g. Accept). */
    public ApiClient withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new ApiClient(resolver, authorization, more);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(bodyOf(body)));
    }

    public Reply put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(bodyOf(body)));
    }

    public Reply patch(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").method("PATCH", bodyOf(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(resolver.apply(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        headers.forEach(builder::setHeader);
        return builder;
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        try {
            String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
            return HttpRequest.BodyPublishers.ofString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type and body, with the body parsed on demand. */
    public record Reply(int status, String contentType, String body, String location) {

        public Reply(int status, String contentType, String body) {
            this(status, contentType, body, null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }
    }
}
