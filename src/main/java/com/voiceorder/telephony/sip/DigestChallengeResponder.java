package com.voiceorder.telephony.sip;

import com.voiceorder.telephony.line.SipCredentials;
import com.voiceorder.telephony.sip.digest.DigestAlgorithm;
import com.voiceorder.telephony.sip.digest.DigestCalculator;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Client side of digest authentication (RFC 3261 §22.2, RFC 7616, RFC 8760): picks the strongest
 * challenge we support and builds the Authorization / Proxy-Authorization value with a fresh cnonce
 * and a nonce count that grows while the server keeps its nonce.
 */
final class DigestChallengeResponder {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A computed credentials header. */
    record Answer(String headerName, String value, String nonce) {
    }

    private String lastNonce;
    private int nonceCount;

    /** Empty when the response carries no challenge we can answer. */
    Optional<Answer> answer(Response challenge, Request request, SipCredentials credentials) {
        boolean proxy = challenge.getStatusCode() == Response.PROXY_AUTHENTICATION_REQUIRED;
        String challengeHeader = proxy ? "Proxy-Authenticate" : "WWW-Authenticate";
        WWWAuthenticateHeader best = null;
        DigestAlgorithm bestAlgorithm = null;
        ListIterator<?> headers = challenge.getHeaders(challengeHeader);
        while (headers.hasNext()) {
            WWWAuthenticateHeader header = (WWWAuthenticateHeader) headers.next();
            if (!"Digest".equalsIgnoreCase(header.getScheme())) {
                continue;
            }
            Optional<DigestAlgorithm> algorithm = DigestAlgorithm.ofToken(header.getAlgorithm());
            if (algorithm.isPresent() && (bestAlgorithm == null || stronger(algorithm.get(), bestAlgorithm))) {
                best = header;
                bestAlgorithm = algorithm.get();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String nonce = best.getNonce();
        if (!nonce.equals(lastNonce)) {
            lastNonce = nonce;
            nonceCount = 0;
        }
        nonceCount++;
        String qop = chooseQop(best.getQop());
        String cnonce = HexFormat.of().formatHex(randomBytes());
        String nc = String.format(Locale.ROOT, "%08x", nonceCount);
        String uri = request.getRequestURI().toString();
        String username = credentials.authenticationName();
        String response = DigestCalculator.response(bestAlgorithm, username, best.getRealm(), credentials.password(),
                request.getMethod(), uri, nonce, cnonce, nc, qop, request.getRawContent());
        StringBuilder value = new StringBuilder("Digest username=\"").append(username)
                .append("\", realm=\"").append(best.getRealm())
                .append("\", nonce=\"").append(nonce)
                .append("\", uri=\"").append(uri)
                .append("\", response=\"").append(response)
                .append("\", algorithm=").append(bestAlgorithm.token());
        if (best.getOpaque() != null) {
            value.append(", opaque=\"").append(best.getOpaque()).append('"');
        }
        if (qop != null) {
            value.append(", qop=").append(qop).append(", nc=").append(nc).append(", cnonce=\"").append(cnonce).append('"');
        }
        return Optional.of(new Answer(proxy ? "Proxy-Authorization" : "Authorization", value.toString(), nonce));
    }

    private static boolean stronger(DigestAlgorithm candidate, DigestAlgorithm current) {
        return candidate.token().startsWith("SHA-256") && !current.token().startsWith("SHA-256");
    }

    private static String chooseQop(String offered) {
        if (offered == null || offered.isBlank()) {
            return null;
        }
        boolean auth = false;
        boolean authInt = false;
        for (String option : offered.replace("\"", "").split(",")) {
            auth |= option.trim().equalsIgnoreCase("auth");
            authInt |= option.trim().equalsIgnoreCase("auth-int");
        }
        return auth ? "auth" : authInt ? "auth-int" : null;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
