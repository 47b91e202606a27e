package com.voiceorder.twilio;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the {@code X-Twilio-Signature} of a webhook: HMAC-SHA1, keyed with the account's auth token,
 * over the full public URL followed by every POST parameter name and value, names in byte order
 * (repeated values sorted), Base64-encoded; compared in constant time. Twilio's helper libraries accept a
 * URL signed with or without the default port, so both forms are tried.
 */
public final class TwilioSignature {

    public static final String HEADER = "X-Twilio-Signature";

    private final byte[] authToken;

    public TwilioSignature(String authToken) {
        Objects.requireNonNull(authToken, "authToken");
        if (authToken.isBlank()) {
            throw new IllegalArgumentException("An auth token is needed to check Twilio signatures");
        }
        this.authToken = authToken.getBytes(StandardCharsets.UTF_8);
    }

    /** The signature Twilio sends for {@code url} and these form parameters. */
    public String sign(String url, Map<String, List<String>> formParameters) {
        StringBuilder data = new StringBuilder(url);
        for (var entry : new TreeMap<>(formParameters).entrySet()) {
            Set<String> values = new TreeSet<>(entry.getValue());
            for (String value : values) {
                data.append(entry.getKey()).append(value);
            }
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken, "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA1 unavailable", e);
        }
    }

    /** Whether {@code signature} is Twilio's for this public URL and these form parameters. */
    public boolean isValid(String url, Map<String, List<String>> formParameters, String signature) {
        if (signature == null || signature.isEmpty() || url == null) {
            return false;
        }
        byte[] given = signature.getBytes(StandardCharsets.UTF_8);
        boolean valid = false;
        for (String candidate : urlForms(url)) {
            // no early exit: every form is checked, whatever matched
            valid |= MessageDigest.isEqual(sign(candidate, formParameters).getBytes(StandardCharsets.UTF_8), given);
        }
        return valid;
    }

    /**
     * The URL Twilio called, rebuilt behind a reverse proxy: scheme from {@code X-Forwarded-Proto} and
     * host (with port) from {@code X-Forwarded-Host} when present (first value of a list), else as received.
     */
    public static String publicUrl(URI received, String forwardedProto, String forwardedHost) {
        String scheme = firstOf(forwardedProto);
        String host = firstOf(forwardedHost);
        String authority = host != null ? host : received.getRawAuthority();
        String path = received.getRawPath() == null ? "" : received.getRawPath();
        String query = received.getRawQuery() == null ? "" : "?" + received.getRawQuery();
        return (scheme != null ? scheme : received.getScheme()) + "://" + authority + path + query;
    }

    /** The URL as given, and with the scheme's default port added or removed. */
    static Set<String> urlForms(String url) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(url);
        try {
            URI uri = new URI(url);
            int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443
                    : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
            if (defaultPort < 0 || uri.getRawAuthority() == null || uri.getRawAuthority().contains("@")) {
                return forms;
            }
            String rest = url.substring(url.indexOf(uri.getRawAuthority()) + uri.getRawAuthority().length());
            String prefix = uri.getScheme() + "://" + uri.getHost();
            if (uri.getPort() == defaultPort) {
                forms.add(prefix + rest);
            } else if (uri.getPort() == -1) {
                forms.add(prefix + ":" + defaultPort + rest);
            }
        } catch (URISyntaxException e) {
            // only the URL as given
        }
        return forms;
    }

    private static String firstOf(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            return null;
        }
        int comma = headerValue.indexOf(',');
        return (comma < 0 ? headerValue : headerValue.substring(0, comma)).strip();
    }
}
