package com.voiceorder.telephony.line;

import java.util.Objects;

/**
 * Digest credentials of a line: for a trunk, the account we register with; for a gateway, what the
 * gateway must present when it registers to us. The password is held in clear in memory only.
 *
 * @param username     SIP user (user part of the address of record)
 * @param authUsername authentication id when it differs from the user, else null
 * @param password     clear password
 */
public record SipCredentials(String username, String authUsername, String password) {

    public SipCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (authUsername != null && authUsername.isBlank()) {
            authUsername = null;
        }
    }

    public static SipCredentials of(String username, String password) {
        return new SipCredentials(username, null, password);
    }

    /** The name used in digest computations. */
    public String authenticationName() {
        return authUsername != null ? authUsername : username;
    }

    @Override
    public String toString() {
        return "SipCredentials[username=" + username + ", authUsername=" + authUsername + ", password=***]";
    }
}
