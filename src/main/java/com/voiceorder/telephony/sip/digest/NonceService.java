package com.voiceorder.telephony.sip.digest;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless server nonces: issue time plus an HMAC of it under a per-process secret, so any worker can
 * verify a nonce and tell a forged one from one that is merely old (stale, RFC 7616 §3.3).
 */
public final class NonceService {

    /** What a presented nonce is. */
    public enum Verdict { VALID, STALE, FORGED }

    private static final int MAC_BYTES = 16;

    private final byte[] secret = new byte[32];
    private final Clock clock;
    private final Duration lifetime;

    public NonceService(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
        new SecureRandom().nextBytes(secret);
    }

    public String issue() {
        long now = clock.millis();
        ByteBuffer buffer = ByteBuffer.allocate(8 + MAC_BYTES);
        buffer.putLong(now).put(mac(now));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    public Verdict verify(String nonce) {
        if (nonce == null) {
            return Verdict.FORGED;
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(nonce);
        } catch (IllegalArgumentException e) {
            return Verdict.FORGED;
        }
        if (bytes.length != 8 + MAC_BYTES) {
            return Verdict.FORGED;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long issued = buffer.getLong();
        byte[] presented = Arrays.copyOfRange(bytes, 8, bytes.length);
        if (!MessageDigest.isEqual(presented, mac(issued))) {
            return Verdict.FORGED;
        }
        long age = clock.millis() - issued;
        return age < 0 || age > lifetime.toMillis() ? Verdict.STALE : Verdict.VALID;
    }

    private byte[] mac(long issued) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(ByteBuffer.allocate(8).putLong(issued).array()), MAC_BYTES);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
