package com.voiceorder.telephony.line;

import com.voiceorder.shared.domain.PhoneNumber;
import java.util.List;
import java.util.Objects;

/**
 * A phone line as telephony needs it. Supplied by the container through {@link LineDirectory}.
 *
 * @param id                     stable id (the container's key)
 * @param number                 the line's public number (E.164)
 * @param mode                   how calls reach us
 * @param credentials            trunk account, or what a registering gateway must present; null when
 *                               a gateway only sends INVITEs from allowed addresses
 * @param registrar              trunk registrar (REGISTER_TO_TRUNK only)
 * @param allowedSources         IP addresses or CIDR blocks allowed to send INVITEs for this line
 * @param acceptUnknownSources   accept INVITEs from any address
 * @param latchRtpFromAnyAddress accept the first RTP from any IP for symmetric RTP (else only the SDP or
 *                               SIP source IP)
 * @param maxConcurrentCalls     calls in progress before 486 Busy Here
 */
public record SipLine(String id, PhoneNumber number, LineMode mode, SipCredentials credentials,
                      TrunkRegistrar registrar, List<String> allowedSources, boolean acceptUnknownSources,
                      boolean latchRtpFromAnyAddress, int maxConcurrentCalls) {

    public SipLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(mode, "mode");
        allowedSources = allowedSources == null ? List.of() : List.copyOf(allowedSources);
        if (mode == LineMode.REGISTER_TO_TRUNK && (credentials == null || registrar == null)) {
            throw new IllegalArgumentException("Line " + id + ": a trunk line needs credentials and a registrar");
        }
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("Line " + id + ": maxConcurrentCalls must be at least 1");
        }
        allowedSources.forEach(AddressRange::parse); // fail early on a typo
    }

    /** A gateway line accepting INVITEs from the given addresses (and from its registration, if credentials). */
    public static SipLine gateway(String id, PhoneNumber number, SipCredentials credentials,
                                  List<String> allowedSources, int maxConcurrentCalls) {
        return new SipLine(id, number, LineMode.ACCEPT_FROM_GATEWAY, credentials, null, allowedSources, false, false,
                maxConcurrentCalls);
    }

    /** A line registered to a trunk; INVITEs are accepted from the registrar's addresses and allowed sources. */
    public static SipLine trunk(String id, PhoneNumber number, SipCredentials credentials, TrunkRegistrar registrar,
                                List<String> allowedSources, int maxConcurrentCalls) {
        return new SipLine(id, number, LineMode.REGISTER_TO_TRUNK, credentials, registrar, allowedSources, false,
                false, maxConcurrentCalls);
    }
}
