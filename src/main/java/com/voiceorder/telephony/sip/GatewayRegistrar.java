package com.voiceorder.telephony.sip;

import com.voiceorder.telephony.line.LineMode;
import com.voiceorder.telephony.line.SipCredentials;
import com.voiceorder.telephony.line.SipLine;
import com.voiceorder.telephony.sip.digest.DigestAlgorithm;
import com.voiceorder.telephony.sip.digest.DigestCalculator;
import com.voiceorder.telephony.sip.digest.NonceService;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.text.ParseException;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Registrar for gateways (e.g. a Grandstream HT841 FXO port) registering to us: digest challenge
 * (RFC 3261 §22, RFC 7616), then a binding per line remembering where the REGISTER came from (the
 * NAT-mapped address, not the private Contact), which makes that address an accepted INVITE source.
 */
final class GatewayRegistrar {

    private static final Logger LOG = Logger.getLogger(GatewayRegistrar.class.getName());

    /** Where a registered gateway is reachable. */
    record Binding(String lineId, String contact, InetSocketAddress source, long expiresAtNanos) {
    }

    private final SipContext sip;
    private final LineBook lines;
    private final NonceService nonces;
    private final ConcurrentHashMap<String, Binding> bindings = new ConcurrentHashMap<>();

    GatewayRegistrar(SipContext sip, LineBook lines) {
        this.sip = sip;
        this.lines = lines;
        this.nonces = new NonceService(lines.clock(), sip.config.limits().nonceLifetime());
    }

    void onRegister(ServerTransaction transaction, Request register, InetSocketAddress source) {
        String user = SipMessages.user(((ToHeader) register.getHeader(ToHeader.NAME)).getAddress());
        Optional<SipLine> line = lines.findByUsername(user).map(LineBook.Entry::line)
                .filter(candidate -> candidate.mode() == LineMode.ACCEPT_FROM_GATEWAY && candidate.credentials() != null);
        if (line.isEmpty()) {
            LOG.info(() -> "REGISTER for unknown user " + user + " from " + source.getAddress().getHostAddress());
            sip.respond(transaction, register, Response.FORBIDDEN, null);
            return;
        }
        AuthorizationHeader authorization = (AuthorizationHeader) register.getHeader(AuthorizationHeader.NAME);
        if (authorization == null || !sip.config.realm().equals(authorization.getRealm())) {
            challenge(transaction, register, false);
            return;
        }
        switch (nonces.verify(authorization.getNonce())) {
            case FORGED -> challenge(transaction, register, false); // e.g. a nonce from before our restart
            case STALE -> challenge(transaction, register, true);
            case VALID -> {
                if (credentialsMatch(line.get().credentials(), authorization, register)) {
                    accept(transaction, register, line.get(), source);
                } else {
                    LOG.warning(() -> "REGISTER for line " + line.get().id() + " with wrong credentials from "
                            + source.getAddress().getHostAddress());
                    lines.state(line.get().id()).error("Gateway registration refused: wrong credentials",
                            lines.clock().instant());
                    sip.respond(transaction, register, Response.FORBIDDEN, null);
                }
            }
        }
    }

    private boolean credentialsMatch(SipCredentials credentials, AuthorizationHeader authorization, Request request) {
        Optional<DigestAlgorithm> algorithm = DigestAlgorithm.ofToken(authorization.getAlgorithm());
        if (algorithm.isEmpty() || authorization.getResponse() == null
                || !credentials.authenticationName().equals(authorization.getUsername())) {
            return false;
        }
        String uri = authorization.getParameter("uri");
        if (uri == null && authorization.getURI() != null) {
            uri = authorization.getURI().toString();
        }
        String qop = authorization.getQop();
        String nc = authorization.getParameter("nc");
        if (nc == null && qop != null) {
            nc = String.format(Locale.ROOT, "%08x", authorization.getNonceCount());
        }
        String expected = DigestCalculator.response(algorithm.get(), authorization.getUsername(),
                authorization.getRealm(), credentials.password(), request.getMethod(), uri, authorization.getNonce(),
                authorization.getCNonce(), nc, qop, request.getRawContent());
        return java.security.MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                authorization.getResponse().toLowerCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private void challenge(ServerTransaction transaction, Request register, boolean stale) {
        try {
            Response response = sip.response(Response.UNAUTHORIZED, register, null);
            String value = "Digest realm=\"" + sip.config.realm() + "\", nonce=\"" + nonces.issue()
                    + "\", algorithm=MD5, qop=\"auth\"" + (stale ? ", stale=TRUE" : "");
            response.addHeader(sip.headers.createHeader("WWW-Authenticate", value));
            sip.send(transaction, response);
        } catch (ParseException e) {
            LOG.log(Level.WARNING, "Could not build a digest challenge", e);
        }
    }

    private void accept(ServerTransaction transaction, Request register, SipLine line, InetSocketAddress source) {
        int requested = requestedExpiry(register);
        long min = sip.config.limits().gatewayExpiryMin().toSeconds();
        long max = sip.config.limits().gatewayExpiryMax().toSeconds();
        try {
            Response response = sip.response(Response.OK, register, null);
            ContactHeader contact = (ContactHeader) register.getHeader(ContactHeader.NAME);
            if (requested == 0 || contact == null || contact.isWildCard()) {
                if (requested == 0 && bindings.remove(line.id()) != null) {
                    lines.state(line.id()).registered(false, null, lines.clock().instant());
                    LOG.info(() -> "Gateway of line " + line.id() + " unregistered");
                } else if (contact == null) {
                    addCurrentBinding(response, line.id());
                }
                sip.send(transaction, response);
                return;
            }
            int granted = (int) Math.max(min, Math.min(max, requested));
            ContactHeader answered = (ContactHeader) contact.clone();
            answered.setExpires(granted);
            response.addHeader(answered);
            response.addHeader(sip.headers.createExpiresHeader(granted));
            Binding binding = new Binding(line.id(), contact.getAddress().getURI().toString(), source,
                    System.nanoTime() + TimeUnit.SECONDS.toNanos(granted));
            bindings.put(line.id(), binding);
            lines.state(line.id()).registered(true, null, lines.clock().instant());
            LOG.fine(() -> "Gateway of line " + line.id() + " registered from " + source + " for " + granted + " s");
            sip.send(transaction, response);
        } catch (ParseException | InvalidArgumentException e) {
            LOG.log(Level.WARNING, "Could not answer REGISTER", e);
        }
    }

    private void addCurrentBinding(Response response, String lineId) throws ParseException, InvalidArgumentException {
        Binding binding = bindings.get(lineId);
        if (binding != null) {
            ContactHeader contact = sip.headers.createContactHeader(
                    sip.addresses.createAddress(binding.contact()));
            long left = TimeUnit.NANOSECONDS.toSeconds(binding.expiresAtNanos() - System.nanoTime());
            contact.setExpires((int) Math.max(0, left));
            response.addHeader(contact);
        }
    }

    private static int requestedExpiry(Request register) {
        ListIterator<?> contacts = register.getHeaders(ContactHeader.NAME);
        while (contacts.hasNext()) {
            ContactHeader contact = (ContactHeader) contacts.next();
            if (contact.getExpires() >= 0) {
                return contact.getExpires();
            }
        }
        ExpiresHeader expires = register.getExpires();
        return expires == null ? 3600 : expires.getExpires();
    }

    boolean isRegisteredSource(String lineId, InetAddress address) {
        Binding binding = bindings.get(lineId);
        return binding != null && binding.expiresAtNanos() - System.nanoTime() > 0
                && binding.source().getAddress().equals(address);
    }

    Optional<Binding> binding(String lineId) {
        return Optional.ofNullable(bindings.get(lineId));
    }

    /** Drops expired bindings (called periodically). */
    void expire() {
        long now = System.nanoTime();
        bindings.values().removeIf(binding -> {
            if (binding.expiresAtNanos() - now <= 0) {
                lines.state(binding.lineId()).registered(false, "Gateway registration expired", lines.clock().instant());
                return true;
            }
            return false;
        });
    }

    void forget(String lineId) {
        bindings.remove(lineId);
    }
}
