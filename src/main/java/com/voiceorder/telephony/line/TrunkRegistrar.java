package com.voiceorder.telephony.line;

import java.time.Duration;
import java.util.Objects;

/**
 * Where a {@link LineMode#REGISTER_TO_TRUNK} line registers.
 *
 * @param host      registrar host (name or address)
 * @param port      registrar port (5060 usually)
 * @param transport transport to use
 * @param domain    domain of the address of record; null = the host
 * @param expiry    registration lifetime we ask for
 */
public record TrunkRegistrar(String host, int port, SipTransport transport, String domain, Duration expiry) {

    public TrunkRegistrar {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(transport, "transport");
        if (domain == null || domain.isBlank()) {
            domain = host;
        }
        if (expiry == null) {
            expiry = Duration.ofMinutes(10);
        }
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("registrar port " + port);
        }
    }

    public static TrunkRegistrar udp(String host, int port) {
        return new TrunkRegistrar(host, port, SipTransport.UDP, null, null);
    }
}
