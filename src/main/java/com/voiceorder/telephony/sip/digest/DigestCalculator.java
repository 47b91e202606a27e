package com.voiceorder.telephony.sip.digest;

/**
 * The digest {@code response} of RFC 7616 §3.4.1 (RFC 2617 when there is no qop).
 * <pre>
 * A1       = username:realm:password      ("-sess": H(username:realm:password):nonce:cnonce)
 * A2       = method:uri                    (qop=auth-int: method:uri:H(body))
 * response = H(H(A1):nonce:nc:cnonce:qop:H(A2))   or, without qop, H(H(A1):nonce:H(A2))
 * </pre>
 */
public final class DigestCalculator {

    private DigestCalculator() {
    }

    /**
     * @param qop   "auth", "auth-int" or null (legacy RFC 2069 form)
     * @param nc    nonce count as sent: eight hex digits; ignored without qop
     * @param body  message body for auth-int (may be empty)
     */
    public static String response(DigestAlgorithm algorithm, String username, String realm, String password,
                                  String method, String uri, String nonce, String cnonce, String nc, String qop,
                                  byte[] body) {
        String ha1 = algorithm.hash(username + ":" + realm + ":" + password);
        if (algorithm.session()) {
            ha1 = algorithm.hash(ha1 + ":" + nonce + ":" + cnonce);
        }
        String a2 = method + ":" + uri;
        if ("auth-int".equalsIgnoreCase(qop)) {
            a2 = a2 + ":" + algorithm.hash(body == null ? new byte[0] : body);
        }
        String ha2 = algorithm.hash(a2);
        if (qop == null || qop.isBlank()) {
            return algorithm.hash(ha1 + ":" + nonce + ":" + ha2);
        }
        return algorithm.hash(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
    }
}
