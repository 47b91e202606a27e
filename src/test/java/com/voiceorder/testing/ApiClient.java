package com.voiceorder.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** A small JSON client for the REST API under test. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final LibertyServer server;
    private final String authorization;
    private final Map<String, String> headers;

    private ApiClient(LibertyServer server, String authorization) {
        this(server, authorization, Map.of());
    }

    private ApiClient(LibertyServer server, String authorization, Map<String, String> headers) {
        this.server = server;
        this.authorization = authorization;
        this.headers = Map.copyOf(headers);
    }

    public static ApiClient basic(LibertyServer server, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(server, "Basic " + credentials);
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
        return new ApiClient(server, authorization, more);
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
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30))
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
