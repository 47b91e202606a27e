package com.voiceorder.telephony.sip;

import com.voiceorder.telephony.line.SipLine;
import com.voiceorder.telephony.line.TrunkRegistrar;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.MinExpiresHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Our registration of one trunk line (RFC 3261 §10.2): REGISTER, answer digest challenges, refresh
 * before expiry, back off exponentially on failure, unregister on stop. One Call-ID for its lifetime.
 */
final class TrunkRegistration {

    private static final Logger LOG = Logger.getLogger(TrunkRegistration.class.getName());
    private static final int MAX_AUTH_ATTEMPTS = 2;

    private final SipContext sip;
    private final SipLine line;
    private final LineBook.LineState state;
    private final LineBook lines;
    private final String callId;
    private final String fromTag = Long.toHexString(ThreadLocalRandom.current().nextLong());
    private final DigestChallengeResponder digest = new DigestChallengeResponder();
    private long cseq = 1;
    private int authAttempts;
    private int failures;
    private int requestedExpiry;
    private boolean registered;
    private boolean stopped;
    private ScheduledFuture<?> timer;

    TrunkRegistration(SipContext sip, LineBook lines, SipLine line) {
        this.sip = sip;
        this.lines = lines;
        this.line = line;
        this.state = lines.state(line.id());
        this.callId = sip.provider.getNewCallId().getCallId();
        this.requestedExpiry = (int) line.registrar().expiry().toSeconds();
    }

    String callId() {
        return callId;
    }

    String lineId() {
        return line.id();
    }

    synchronized void start() {
        stopped = false;
        schedule(Duration.ZERO, this::register);
    }

    /** Cancels timers and unregisters (Expires: 0) when currently registered; does not wait for the answer. */
    synchronized void stop() {
        stopped = true;
        cancelTimer();
        if (registered) {
            registered = false;
            send(0, null);
        }
        state.registered(false, null, lines.clock().instant());
    }

    private synchronized void register() {
        if (stopped) {
            return;
        }
        authAttempts = 0;
        send(requestedExpiry, null);
    }

    synchronized void onResponse(ResponseEvent event) {
        Response response = event.getResponse();
        CSeqHeader cseqHeader = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
        if (cseqHeader == null || !Request.REGISTER.equals(cseqHeader.getMethod()) || cseqHeader.getSeqNumber() != cseq - 1) {
            return; // a late answer to an older attempt
        }
        int status = response.getStatusCode();
        if (status < 200) {
            return;
        }
        ClientTransaction transaction = event.getClientTransaction();
        Request sent = transaction == null ? null : transaction.getRequest();
        int sentExpiry = sent == null || sent.getExpires() == null ? requestedExpiry : sent.getExpires().getExpires();
        if (stopped || sentExpiry == 0) {
            return;
        }
        if (status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED) {
            boolean stale = isStale(response);
            if (authAttempts >= MAX_AUTH_ATTEMPTS && !stale || sent == null) {
                failed("authentication rejected (" + status + ")");
                return;
            }
            Optional<DigestChallengeResponder.Answer> answer = digest.answer(response, sent, line.credentials());
            if (answer.isEmpty()) {
                failed("unsupported authentication challenge");
                return;
            }
            authAttempts++;
            send(requestedExpiry, answer.get());
        } else if (status == Response.INTERVAL_TOO_BRIEF) {
            MinExpiresHeader min = (MinExpiresHeader) response.getHeader(MinExpiresHeader.NAME);
            if (min == null || min.getExpires() <= requestedExpiry) {
                failed("423 without a usable Min-Expires");
                return;
            }
            requestedExpiry = min.getExpires();
            authAttempts = 0;
            send(requestedExpiry, null);
        } else if (status >= 200 && status < 300) {
            int granted = grantedExpiry(response);
            registered = true;
            failures = 0;
            state.registered(true, null, lines.clock().instant());
            LOG.fine(() -> "Line " + line.id() + " registered for " + granted + " s");
            long refreshMillis = Math.max(500, (long) (granted * 1000 * 0.8));
            schedule(Duration.ofMillis(refreshMillis), this::register);
        } else {
            failed(status + " " + response.getReasonPhrase());
        }
    }

    synchronized void onTimeout() {
        if (!stopped) {
            failed("registrar did not answer");
        }
    }

    private void failed(String reason) {
        registered = false;
        failures++;
        state.registered(false, "Registration failed: " + reason, lines.clock().instant());
        long min = sip.config.limits().registrationRetryMin().toMillis();
        long max = sip.config.limits().registrationRetryMax().toMillis();
        long backoff = Math.min(max, min << Math.min(20, failures - 1));
        long jittered = (long) (backoff * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble()));
        LOG.warning(() -> "Line " + line.id() + ": registration failed (" + reason + "), retry in " + jittered + " ms");
        schedule(Duration.ofMillis(jittered), this::register);
    }

    private static boolean isStale(Response response) {
        for (String name : List.of("WWW-Authenticate", "Proxy-Authenticate")) {
            ListIterator<?> headers = response.getHeaders(name);
            while (headers.hasNext()) {
                if (headers.next().toString().toLowerCase(java.util.Locale.ROOT).replace(" ", "").contains("stale=true")) {
                    return true;
                }
            }
        }
        return false;
    }

    private int grantedExpiry(Response response) {
        ListIterator<?> contacts = response.getHeaders(ContactHeader.NAME);
        String ourUser = line.credentials().username();
        while (contacts.hasNext()) {
            ContactHeader contact = (ContactHeader) contacts.next();
            if (contact.getAddress().getURI() instanceof SipURI uri && ourUser.equals(uri.getUser())
                    && contact.getExpires() > 0) {
                return contact.getExpires();
            }
        }
        ExpiresHeader expires = response.getExpires();
        return expires != null && expires.getExpires() > 0 ? expires.getExpires() : requestedExpiry;
    }

    private void send(int expiry, DigestChallengeResponder.Answer authorization) {
        TrunkRegistrar registrar = line.registrar();
        try {
            InetAddress registrarAddress = InetAddress.getByName(registrar.host());
            String transport = registrar.transport().token();
            SipURI requestUri = sip.addresses.createSipURI(null, registrar.host());
            requestUri.setPort(registrar.port());
            if (!"udp".equals(transport)) {
                requestUri.setTransportParam(transport);
            }
            Address addressOfRecord = sip.addresses.createAddress(
                    sip.addresses.createSipURI(line.credentials().username(), registrar.domain()));
            FromHeader from = sip.headers.createFromHeader(addressOfRecord, fromTag);
            ToHeader to = sip.headers.createToHeader(addressOfRecord, null);
            CallIdHeader callIdHeader = sip.headers.createCallIdHeader(callId);
            CSeqHeader cseqHeader = sip.headers.createCSeqHeader(cseq++, Request.REGISTER);
            MaxForwardsHeader maxForwards = sip.headers.createMaxForwardsHeader(70);
            ViaHeader via = sip.headers.createViaHeader(sip.advertisedHost(registrarAddress), sip.sipPort, transport, null);
            via.setRPort();
            Request request = sip.messages.createRequest(requestUri, Request.REGISTER, callIdHeader, cseqHeader, from, to,
                    List.of(via), maxForwards);
            ContactHeader contact = sip.contact(line.credentials().username(), registrarAddress, transport);
            contact.setExpires(expiry);
            request.addHeader(contact);
            request.addHeader(sip.headers.createExpiresHeader(expiry));
            request.addHeader(sip.headers.createUserAgentHeader(List.of(SipContext.USER_AGENT)));
            if (authorization != null) {
                request.addHeader(sip.headers.createHeader(authorization.headerName(), authorization.value()));
            }
            ClientTransaction transaction = sip.provider.getNewClientTransaction(request);
            transaction.sendRequest();
        } catch (UnknownHostException e) {
            if (expiry > 0) {
                failed("registrar host " + registrar.host() + " unknown");
            }
        } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
            LOG.log(Level.FINE, "REGISTER not sent", e);
            if (expiry > 0) {
                failed("REGISTER not sent: " + e.getMessage());
            }
        }
    }

    private void schedule(Duration delay, Runnable action) {
        cancelTimer();
        if (stopped && !delay.isZero()) {
            return;
        }
        timer = sip.scheduler.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
