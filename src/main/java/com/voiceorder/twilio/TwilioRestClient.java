package com.voiceorder.twilio;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * The one Twilio REST call we make: updating a live call with new TwiML
 * ({@code POST {api}/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json}, form {@code Twiml=…},
 * HTTP Basic AccountSid:AuthToken). Twilio then leaves the current TwiML (our Media Stream ends) and runs
 * the new one. Thread-safe.
 */
public final class TwilioRestClient {

    public static final URI DEFAULT_API = URI.create("https://api.twilio.com");
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final URI api;
    private final String accountSid;
    private final String authorization;
    private final HttpClient http;

    public TwilioRestClient(URI api, String accountSid, String authToken, HttpClient http) {
        this.api = Objects.requireNonNull(api, "api");
        this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (accountSid + ":" + Objects.requireNonNull(authToken, "authToken")).getBytes(StandardCharsets.UTF_8));
        this.http = Objects.requireNonNull(http, "http");
    }

    /** Replaces the TwiML the call runs; completes with the HTTP status (200 = done). */
    public CompletionStage<Integer> updateCall(String callSid, String twiml) {
        String path = "/2010-04-01/Accounts/" + encode(accountSid) + "/Calls/" + encode(callSid) + ".json";
        HttpRequest request = HttpRequest.newBuilder(URI.create(stripSlash(api.toString()) + path))
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("Twiml=" + encode(twiml)))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String stripSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
