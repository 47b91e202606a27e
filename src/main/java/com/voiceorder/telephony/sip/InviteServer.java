package com.voiceorder.telephony.sip;

import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.telephony.call.EndReason;
import com.voiceorder.telephony.call.IncomingCallHandler;
import com.voiceorder.telephony.line.SipLine;
import com.voiceorder.telephony.rtp.RtpPacer;
import com.voiceorder.telephony.rtp.RtpPortPool;
import com.voiceorder.telephony.rtp.RtpReceiver;
import com.voiceorder.telephony.rtp.RtpSession;
import com.voiceorder.telephony.sdp.AudioNegotiation;
import com.voiceorder.telephony.sdp.AudioOffer;
import com.voiceorder.telephony.sdp.MalformedSdpException;
import com.voiceorder.telephony.sdp.SessionDescriptions;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ServerTransaction;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Handles INVITE, ACK, BYE and CANCEL: admission (rate, line, source, limits, codecs), the calls in
 * progress and their supervision.
 */
final class InviteServer {

    private static final Logger LOG = Logger.getLogger(InviteServer.class.getName());

    private final SipContext sip;
    private final LineBook lines;
    private final GatewayRegistrar gateways;
    private final RtpPortPool ports;
    private final RtpReceiver receiver;
    private final RtpPacer pacer;
    private final InviteRateLimiter rateLimiter;
    private final ConcurrentHashMap<String, SipCall> calls = new ConcurrentHashMap<>();
    /** Our outbound calls to staff numbers (bridged transfers), by their own Call-ID. */
    private final ConcurrentHashMap<String, StaffLeg> staffLegs = new ConcurrentHashMap<>();
    private final AtomicInteger callCount = new AtomicInteger();
    private volatile IncomingCallHandler handler;

    InviteServer(SipContext sip, LineBook lines, GatewayRegistrar gateways, RtpPortPool ports, RtpReceiver receiver,
                 RtpPacer pacer) {
        this.sip = sip;
        this.lines = lines;
        this.gateways = gateways;
        this.ports = ports;
        this.receiver = receiver;
        this.pacer = pacer;
        this.rateLimiter = new InviteRateLimiter(sip.config.limits().invitesPerSecondPerSource(),
                sip.config.limits().inviteBurstPerSource());
    }

    void setHandler(IncomingCallHandler handler) {
        this.handler = handler;
    }

    int activeCalls() {
        return calls.size();
    }

    void onInvite(ServerTransaction transaction, Request invite, InetSocketAddress source) {
        String callId = SipMessages.callId(invite);
        ToHeader to = (ToHeader) invite.getHeader(ToHeader.NAME);
        if (to.getTag() != null) {
            SipCall call = calls.get(callId);
            if (call == null) {
                sip.respond(transaction, invite, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null);
            } else {
                call.onReInvite(transaction, invite);
            }
            return;
        }
        if (calls.containsKey(callId)) {
            return; // a retransmission that slipped past the transaction layer
        }
        String toTag = UUID.randomUUID().toString().substring(0, 8);
        OptionalLong retryAfter = rateLimiter.tryAcquire(source.getAddress(), System.nanoTime());
        if (retryAfter.isPresent()) {
            LOG.fine(() -> "INVITE rate exceeded by " + source);
            respondRetryLater(transaction, invite, toTag, retryAfter.getAsLong());
            return;
        }
        String called = SipMessages.calledUser(invite);
        Optional<LineBook.Entry> entry = lines.find(called);
        if (entry.isEmpty()) {
            LOG.info(() -> "INVITE for unknown number " + called + " from " + source.getAddress().getHostAddress());
            sip.respond(transaction, invite, Response.NOT_FOUND, toTag);
            return;
        }
        SipLine line = entry.get().line();
        LineBook.LineState state = lines.state(line.id());
        if (!acceptsSource(entry.get(), source.getAddress())) {
            LOG.warning(() -> "INVITE for line " + line.id() + " refused from unknown source "
                    + source.getAddress().getHostAddress());
            state.error("INVITE refused from unknown source " + source.getAddress().getHostAddress(),
                    lines.clock().instant());
            sip.respond(transaction, invite, Response.FORBIDDEN, toTag);
            return;
        }
        AudioOffer offer;
        try {
            byte[] body = invite.getRawContent();
            offer = SessionDescriptions.parseAudio(body == null ? null : new String(body, StandardCharsets.UTF_8));
        } catch (MalformedSdpException e) {
            LOG.info(() -> "INVITE without usable SDP from " + source + ": " + e.getMessage());
            sip.respond(transaction, invite, body(invite) ? Response.BAD_REQUEST : Response.NOT_ACCEPTABLE_HERE, toTag);
            return;
        }
        Optional<AudioNegotiation> negotiation = AudioNegotiation.answer(offer);
        if (negotiation.isEmpty()) {
            sip.respond(transaction, invite, Response.NOT_ACCEPTABLE_HERE, toTag);
            return;
        }
        if (callCount.incrementAndGet() > sip.config.limits().maxCalls()) {
            callCount.decrementAndGet();
            respondRetryLater(transaction, invite, toTag, 5);
            return;
        }
        if (!state.tryStartCall(line.maxConcurrentCalls())) {
            callCount.decrementAndGet();
            sip.respond(transaction, invite, Response.BUSY_HERE, toTag);
            return;
        }
        Optional<RtpPortPool.RtpPorts> rtpPorts = ports.allocate();
        if (rtpPorts.isEmpty()) {
            callCount.decrementAndGet();
            state.endCall();
            respondRetryLater(transaction, invite, toTag, 5);
            return;
        }
        Optional<PhoneNumber> caller = SipMessages.callerId(invite, sip.config.defaultRegion());
        SipCall call = new SipCall(sip, this, transaction, invite, toTag, line, caller, called, source, offer,
                negotiation.get(), rtpPorts.get());
        calls.put(callId, call);
        if (line.mode() == com.voiceorder.telephony.line.LineMode.ACCEPT_FROM_GATEWAY) {
            state.callAdmitted(lines.clock().instant());
        }
        sip.respond(transaction, invite, Response.TRYING, null);
        offerToApplication(call);
    }

    private static boolean body(Request request) {
        byte[] raw = request.getRawContent();
        return raw != null && raw.length > 0;
    }

    private void offerToApplication(SipCall call) {
        IncomingCallHandler current = handler;
        if (current == null) {
            LOG.warning("No incoming call handler registered; call refused");
            call.reject(Response.TEMPORARILY_UNAVAILABLE);
            return;
        }
        try {
            sip.callbacks.execute(() -> {
                try {
                    current.onIncomingCall(call);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Incoming call handler failed", e);
                    call.reject(Response.SERVER_INTERNAL_ERROR);
                }
            });
        } catch (RejectedExecutionException e) {
            call.reject(Response.SERVICE_UNAVAILABLE);
        }
    }

    private boolean acceptsSource(LineBook.Entry entry, InetAddress source) {
        SipLine line = entry.line();
        return line.acceptUnknownSources()
                || entry.allowedRanges().stream().anyMatch(range -> range.contains(source))
                || entry.registrarAddresses().contains(source)
                || gateways.isRegisteredSource(line.id(), source);
    }

    private void respondRetryLater(ServerTransaction transaction, Request request, String toTag, long seconds) {
        try {
            Response response = sip.response(Response.SERVICE_UNAVAILABLE, request, toTag);
            response.addHeader(sip.headers.createRetryAfterHeader((int) seconds));
            sip.send(transaction, response);
        } catch (ParseException | javax.sip.InvalidArgumentException e) {
            LOG.log(Level.WARNING, "Could not build 503", e);
        }
    }

    void onAck(Request ack) {
        SipCall call = calls.get(SipMessages.callId(ack));
        if (call != null) {
            call.onAck();
        }
    }

    void onBye(ServerTransaction transaction, Request bye) {
        StaffLeg leg = staffLegs.get(SipMessages.callId(bye));
        if (leg != null) {
            leg.onBye(transaction, bye);
            return;
        }
        SipCall call = calls.get(SipMessages.callId(bye));
        if (call == null) {
            sip.respond(transaction, bye, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null);
        } else {
            call.onBye(transaction, bye);
        }
    }

    void onCancel(ServerTransaction transaction, Request cancel) {
        SipCall call = calls.get(SipMessages.callId(cancel));
        if (call == null) {
            sip.respond(transaction, cancel, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null);
            return;
        }
        sip.respond(transaction, cancel, Response.OK, null);
        call.onCancel();
    }

    void onAckTimeout(String callId) {
        SipCall call = calls.get(callId);
        if (call != null) {
            call.onAckTimeout();
        }
    }

    void onNotify(ServerTransaction transaction, Request notify) {
        SipCall call = calls.get(SipMessages.callId(notify));
        if (call == null) {
            sip.respond(transaction, notify, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null);
        } else {
            call.onNotify(transaction, notify);
        }
    }

    /** A response to a request we sent: a staff leg's, or a REFER in a caller's dialog. */
    void onResponse(javax.sip.ResponseEvent event) {
        String callId = SipMessages.callId(event.getResponse());
        StaffLeg leg = staffLegs.get(callId);
        if (leg != null) {
            leg.onResponse(event);
            return;
        }
        SipCall call = calls.get(callId);
        if (call != null) {
            call.onResponse(event);
        }
    }

    /** A request we sent got no response. */
    void onClientTimeout(String callId, String method) {
        StaffLeg leg = staffLegs.get(callId);
        if (leg != null && Request.INVITE.equals(method)) {
            leg.onTimeout();
            return;
        }
        SipCall call = calls.get(callId);
        if (call != null && Request.REFER.equals(method)) {
            call.onReferTimeout();
        }
    }

    CallTransfer newTransfer(SipCall call, SipLine line, Request invite, javax.sip.Dialog dialog,
                             InetSocketAddress signallingSource, String targetE164) {
        return new CallTransfer(sip, this, gateways, ports, call, line, invite, dialog, signallingSource, targetE164);
    }

    void legStarted(StaffLeg leg) {
        staffLegs.put(leg.callId(), leg);
    }

    void legEnded(StaffLeg leg) {
        staffLegs.remove(leg.callId(), leg);
    }

    void startMedia(RtpSession session) {
        session.start(receiver, pacer);
    }

    void released(SipCall call) {
        if (calls.remove(call.callId(), call)) {
            callCount.decrementAndGet();
            lines.state(call.lineId()).endCall();
        }
    }

    void supervise() {
        long now = System.nanoTime();
        long maxDuration = sip.config.limits().maxCallDuration().toNanos();
        long noRtp = sip.config.limits().noRtpTimeout().toNanos();
        for (SipCall call : calls.values()) {
            try {
                call.supervise(now, maxDuration, noRtp);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Supervising " + call + " failed", e);
            }
        }
        rateLimiter.evictIdle(now);
    }

    void endAll(EndReason reason) {
        for (SipCall call : List.copyOf(calls.values())) {
            call.end(reason, true);
        }
    }
}
