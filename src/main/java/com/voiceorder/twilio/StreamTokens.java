package com.voiceorder.twilio;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-time tokens that tie a Media Stream to the webhook call that announced it: issued with the TwiML,
 * redeemed once when the stream's {@code start} message arrives, refused when unknown, reused or expired.
 * Thread-safe.
 */
public final class StreamTokens {

    /**
     * What the stream is for: the call's conversation, only a message after a failed transfer, or a test
     * conversation from the dashboard (a browser speaking the Media Streams protocol).
     */
    public enum Purpose { CONVERSATION, VOICEMAIL, TEST }

    /**
     * What a redeemed token stands for.
     *
     * @param webhookUrl the public URL of the webhook that issued it (where our other webhooks live); may be null
     */
    public record Grant(String callSid, String from, String to, Instant issuedAt, String webhookUrl, Purpose purpose) {
    }

    private record Issued(Grant grant, Instant expiresAt) {
    }

    private final Map<String, Issued> issued = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration lifetime;
    private final int capacity;
    private final Clock clock;

    public StreamTokens(Duration lifetime, int capacity, Clock clock) {
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (lifetime.isNegative() || lifetime.isZero() || capacity < 1) {
            throw new IllegalArgumentException("token lifetime and capacity must be positive");
        }
        this.capacity = capacity;
    }

    /** A new token for the conversation of this call (see {@link #issue(String, String, String, String, Purpose)}). */
    public String issue(String callSid, String from, String to) {
        return issue(callSid, from, to, null, Purpose.CONVERSATION);
    }

    /** A new token for this call (256 random bits, URL-safe). Fails when too many are outstanding. */
    public String issue(String callSid, String from, String to, String webhookUrl, Purpose purpose) {
        Instant now = clock.instant();
        issued.values().removeIf(token -> !token.expiresAt().isAfter(now));
        if (issued.size() >= capacity) {
            throw new IllegalStateException("Too many Twilio streams waiting to connect");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        issued.put(token, new Issued(new Grant(callSid, from, to, now, webhookUrl, purpose), now.plus(lifetime)));
        return token;
    }

    /** The grant of a valid token, which is used up; empty for an unknown, used or expired token. */
    public Optional<Grant> redeem(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Issued found = issued.remove(token);
        if (found == null || !found.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(found.grant());
    }
}
