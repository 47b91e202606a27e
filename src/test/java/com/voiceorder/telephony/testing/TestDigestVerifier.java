package com.voiceorder.telephony.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sip.message.Request;

/**
 * Server side of HTTP digest (RFC 7616 §3.4.1, qop=auth) written straight from the RFC with
 * {@link MessageDigest}, independent of the production digest code it checks.
 */
final class TestDigestVerifier {

    private static final Pattern PARAMETER = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))");

    private final String realm;
    private final String algorithm;
    private final String nonce = UUID.randomUUID().toString().replace("-", "");

    TestDigestVerifier(String realm, String algorithm) {
        this.realm = realm;
        this.algorithm = algorithm;
    }

    String challenge() {
        return "Digest realm=\"" + realm + "\", nonce=\"" + nonce + "\", algorithm=" + algorithm + ", qop=\"auth\"";
    }

    /** Whether the request's Authorization header answers our challenge with this password. */
    boolean verify(Request request, String password) {
        String header = request.getHeader("Authorization").toString();
        Map<String, String> values = new HashMap<>();
        Matcher matcher = PARAMETER.matcher(header.substring(header.indexOf("Digest") + "Digest".length()));
        while (matcher.find()) {
            values.put(matcher.group(1).toLowerCase(), matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
        }
        if (!algorithm.equalsIgnoreCase(values.get("algorithm")) || !nonce.equals(values.get("nonce"))
                || !realm.equals(values.get("realm")) || !"auth".equals(values.get("qop"))) {
            return false;
        }
        String ha1 = hash(values.get("username") + ":" + realm + ":" + password);
        String ha2 = hash(Request.REGISTER + ":" + values.get("uri"));
        String expected = hash(ha1 + ":" + nonce + ":" + values.get("nc") + ":" + values.get("cnonce") + ":auth:" + ha2);
        return expected.equals(values.get("response"));
    }

    private String hash(String text) {
        try {
            String javaName = algorithm.equalsIgnoreCase("SHA-256") ? "SHA-256" : "MD5";
            return HexFormat.of().formatHex(MessageDigest.getInstance(javaName)
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
