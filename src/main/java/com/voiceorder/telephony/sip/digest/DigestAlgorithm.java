package com.voiceorder.telephony.sip.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** Digest algorithms of RFC 7616 §3.3 that SIP uses (RFC 8760), with their "-sess" variants. */
public enum DigestAlgorithm {
    MD5("MD5", "MD5", false),
    MD5_SESS("MD5-sess", "MD5", true),
    SHA_256("SHA-256", "SHA-256", false),
    SHA_256_SESS("SHA-256-sess", "SHA-256", true);

    private final String token;
    private final String javaName;
    private final boolean session;

    DigestAlgorithm(String token, String javaName, boolean session) {
        this.token = token;
        this.javaName = javaName;
        this.session = session;
    }

    /** The {@code algorithm=} value. */
    public String token() {
        return token;
    }

    public boolean session() {
        return session;
    }

    /** Strength order when a server offers several challenges (RFC 8760 §2.4: prefer the first supported). */
    int strength() {
        return javaName.equals("SHA-256") ? 2 : 1;
    }

    /** Parses {@code algorithm=}; absent means MD5 (RFC 7616 §3.3). Empty for unsupported ones (e.g. SHA-512-256). */
    public static Optional<DigestAlgorithm> ofToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.of(MD5);
        }
        String normalized = token.trim().replace("\"", "").toUpperCase(Locale.ROOT);
        for (DigestAlgorithm algorithm : values()) {
            if (algorithm.token.toUpperCase(Locale.ROOT).equals(normalized)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    /** Lower-case hex of the hash of the UTF-8 text. */
    public String hash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance(javaName);
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(javaName + " missing from the JVM", e);
        }
    }

    String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(javaName).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(javaName + " missing from the JVM", e);
        }
    }
}
