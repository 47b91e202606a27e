package com.voiceorder.telephony.sip;

import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.telephony.call.CallMedia;
import com.voiceorder.telephony.call.CallSession;
import com.voiceorder.telephony.call.EndReason;
import com.voiceorder.telephony.call.IncomingCall;
import com.voiceorder.telephony.call.OutboundAudio;
import com.voiceorder.telephony.call.TransferOutcome;
import com.voiceorder.telephony.line.SipLine;
import com.voiceorder.telephony.media.AudioFrame;
import com.voiceorder.telephony.media.DtmfDigit;
import com.voiceorder.telephony.media.G711;
import com.voiceorder.telephony.rtp.RtpPortPool;
import com.voiceorder.telephony.rtp.RtpSession;
import com.voiceorder.telephony.sdp.AudioNegotiation;
import com.voiceorder.telephony.sdp.AudioOffer;
import com.voiceorder.telephony.sdp.MediaDirection;
import com.voiceorder.telephony.sdp.SessionDescriptions;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * One inbound call, from INVITE to its end. Signalling state changes are serialised on this object;
 * media runs on the RTP threads and reaches the application through {@link CallEvents}.
 */
final class SipCall implements IncomingCall, CallSession {

    private static final Logger LOG = Logger.getLogger(SipCall.class.getName());

    enum State { OFFERED, RINGING, ANSWERED, CONFIRMED, ENDED }

    private final SipContext sip;
    private final InviteServer server;
    private final ServerTransaction inviteTransaction;
    private final Request invite;
    private final String callId;
    private final String toTag;
    private final SipLine line;
    private final Optional<PhoneNumber> caller;
    private final String calledNumber;
    private final InetSocketAddress signallingSource;
    private final RtpPortPool.RtpPorts ports;
    private final long sdpSessionId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
    private final CompletableFuture<EndReason> ended = new CompletableFuture<>();

    private AudioNegotiation negotiation;
    private AudioOffer offer;
    private State state = State.OFFERED;
    private EndReason endReason;
    private volatile CallEvents events;
    private RtpSession rtp;
    private long sdpVersion = 1;
    private long answeredAtNanos;
    private boolean peerSending = true;
    private java.util.concurrent.ScheduledFuture<?> ackDeadline;
    private volatile CallTransfer transfer;

    SipCall(SipContext sip, InviteServer server, ServerTransaction inviteTransaction, Request invite, String toTag,
            SipLine line, Optional<PhoneNumber> caller, String calledNumber, InetSocketAddress signallingSource,
            AudioOffer offer, AudioNegotiation negotiation, RtpPortPool.RtpPorts ports) {
        this.sip = sip;
        this.server = server;
        this.inviteTransaction = inviteTransaction;
        this.invite = invite;
        this.callId = SipMessages.callId(invite);
        this.toTag = toTag;
        this.line = line;
        this.caller = caller;
        this.calledNumber = calledNumber;
        this.signallingSource = signallingSource;
        this.offer = offer;
        this.negotiation = negotiation;
        this.ports = ports;
    }

    // ---- IncomingCall ----

    @Override
    public String callId() {
        return callId;
    }

    @Override
    public String lineId() {
        return line.id();
    }

    @Override
    public Optional<PhoneNumber> caller() {
        return caller;
    }

    @Override
    public String calledNumber() {
        return calledNumber;
    }

    @Override
    public G711 codec() {
        return negotiation.codec();
    }

    @Override
    public boolean dtmfOffered() {
        return negotiation.telephoneEventPayloadType() >= 0;
    }

    @Override
    public synchronized void ring() {
        if (state != State.OFFERED) {
            return;
        }
        try {
            if (sip.send(inviteTransaction, sip.response(Response.RINGING, invite, toTag))) {
                state = State.RINGING;
            }
        } catch (ParseException e) {
            LOG.log(Level.WARNING, "Could not build 180", e);
        }
    }

    @Override
    public CallSession answer(CallMedia media) {
        EndReason alreadyEnded = null;
        synchronized (this) {
            if (events != null) {
                throw new IllegalStateException("Call " + callId + " already answered");
            }
            events = new CallEvents(media, sip.callbacks, sip.config.limits().inboundQueueFrames());
            if (state == State.ENDED) {
                alreadyEnded = endReason;
            } else {
                rtp = new RtpSession(ports, negotiation.codec(), negotiation.payloadType(),
                        negotiation.telephoneEventPayloadType(), mediaTarget(offer), trustedMediaSources(offer),
                        line.latchRtpFromAnyAddress(), sip.config.limits().outboundQueueMillis(), mediaHandler());
                applyDirection(offer);
                if (!sendSdp(inviteTransaction, invite, Response.OK)) {
                    alreadyEnded = EndReason.ERROR;
                } else {
                    state = State.ANSWERED;
                    answeredAtNanos = System.nanoTime();
                    server.startMedia(rtp);
                    ackDeadline = sip.scheduler.schedule(this::ackDeadlinePassed,
                            sip.config.limits().ackTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                }
            }
        }
        if (alreadyEnded == EndReason.ERROR && endReason == null) {
            end(EndReason.ERROR, false);
        } else if (alreadyEnded != null) {
            events.ended(alreadyEnded);
        }
        return this;
    }

    @Override
    public void reject(int sipStatus) {
        if (sipStatus < 300 || sipStatus > 699) {
            throw new IllegalArgumentException("Not a final error status: " + sipStatus);
        }
        synchronized (this) {
            if (state != State.OFFERED && state != State.RINGING) {
                return;
            }
            sip.respond(inviteTransaction, invite, sipStatus, toTag);
        }
        end(EndReason.REJECTED, false);
    }

    @Override
    public CompletionStage<EndReason> ended() {
        return ended.copy();
    }

    // ---- CallSession ----

    @Override
    public synchronized OutboundAudio outboundAudio() {
        if (rtp == null) {
            throw new IllegalStateException("Call " + callId + " not answered");
        }
        return rtp.outbound();
    }

    @Override
    public void hangUp() {
        end(EndReason.HUNG_UP, true);
    }

    @Override
    public synchronized boolean isEnded() {
        return state == State.ENDED;
    }

    synchronized State state() {
        return state;
    }

    /**
     * REFER, or our own call to the staff bridged with the caller. A REFER that connects ends our leg
     * ({@link EndReason#TRANSFERRED}); a bridge keeps it until either side hangs up.
     */
    @Override
    public CompletionStage<TransferOutcome> transfer(String targetE164, Duration noAnswer) {
        CallTransfer started;
        synchronized (this) {
            if (state != State.ANSWERED && state != State.CONFIRMED || transfer != null) {
                return CompletableFuture.completedFuture(TransferOutcome.FAILED);
            }
            started = server.newTransfer(this, line, invite, inviteTransaction.getDialog(), signallingSource,
                    targetE164);
            transfer = started;
        }
        LOG.info(() -> "Call " + callId + " on line " + line.id() + ": transfer to staff");
        return started.start(negotiation.codec(), rtp.outbound(), noAnswer).thenApplyAsync(outcome -> {
            LOG.info(() -> "Call " + callId + ": transfer " + outcome);
            if (outcome == TransferOutcome.CONNECTED && started.staffLeg() == null) {
                end(EndReason.TRANSFERRED, true);
            } else if (outcome != TransferOutcome.CONNECTED) {
                synchronized (this) {
                    transfer = null;
                }
            }
            return outcome;
        }, sip.callbacks);
    }

    /** The staff ended a bridged transfer: the caller is hung up too. */
    void staffHungUp() {
        end(EndReason.HUNG_UP, true);
    }

    /** A response in our dialog (to a REFER we sent). */
    void onResponse(ResponseEvent event) {
        ReferTransfer refer = currentRefer();
        if (refer != null) {
            refer.onResponse(event);
        }
    }

    void onReferTimeout() {
        ReferTransfer refer = currentRefer();
        if (refer != null) {
            refer.onTimeout();
        }
    }

    /** A NOTIFY about the REFER we sent; any other is refused 481. */
    void onNotify(ServerTransaction transaction, Request notify) {
        ReferTransfer refer = currentRefer();
        if (refer != null) {
            refer.onNotify(transaction, notify);
        } else {
            sip.respond(transaction, notify, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null);
        }
    }

    private ReferTransfer currentRefer() {
        CallTransfer current = transfer;
        return current == null ? null : current.refer();
    }

    // ---- signalling from the peer (SIP worker threads) ----

    void onAck() {
        synchronized (this) {
            if (state == State.ANSWERED) {
                state = State.CONFIRMED;
                cancelAckDeadline();
            }
        }
    }

    /** Our own timer (the stack's dialog timeout is a backup): the 200 OK was never acknowledged. */
    private void ackDeadlinePassed() {
        synchronized (this) {
            if (state != State.ANSWERED) {
                return;
            }
        }
        LOG.info(() -> "Call " + callId + " on line " + line.id() + ": no ACK for the 200 OK, ending it");
        end(EndReason.ACK_TIMEOUT, true);
    }

    private void cancelAckDeadline() {
        if (ackDeadline != null) {
            ackDeadline.cancel(false);
            ackDeadline = null;
        }
    }

    void onBye(ServerTransaction transaction, Request bye) {
        sip.respond(transaction, bye, Response.OK, null);
        end(EndReason.CALLER_HUNG_UP, false);
    }

    void onCancel() {
        synchronized (this) {
            if (state != State.OFFERED && state != State.RINGING) {
                return; // too late: the answer already went out; the caller will send BYE
            }
            sip.respond(inviteTransaction, invite, Response.REQUEST_TERMINATED, toTag);
        }
        end(EndReason.CANCELLED, false);
    }

    /** A re-INVITE: hold, resume or a new media address (RFC 3264 §8). */
    void onReInvite(ServerTransaction transaction, Request reInvite) {
        synchronized (this) {
            if (state != State.ANSWERED && state != State.CONFIRMED) {
                sip.respond(transaction, reInvite, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null);
                return;
            }
            byte[] body = reInvite.getRawContent();
            if (body != null && body.length > 0) {
                AudioOffer newOffer;
                try {
                    newOffer = SessionDescriptions.parseAudio(new String(body, StandardCharsets.UTF_8));
                } catch (com.voiceorder.telephony.sdp.MalformedSdpException e) {
                    sip.respond(transaction, reInvite, Response.BAD_REQUEST, null);
                    return;
                }
                Optional<AudioNegotiation> renegotiated = AudioNegotiation.answer(newOffer)
                        .filter(candidate -> candidate.codec() == negotiation.codec());
                if (renegotiated.isEmpty()) {
                    sip.respond(transaction, reInvite, Response.NOT_ACCEPTABLE_HERE, null);
                    return;
                }
                boolean newAddress = newOffer.port() != offer.port()
                        || !newOffer.connectionAddress().equals(offer.connectionAddress());
                offer = newOffer;
                negotiation = renegotiated.get();
                if (newAddress || newOffer.holdsMedia()) {
                    rtp.retarget(mediaTarget(newOffer), trustedMediaSources(newOffer), negotiation.payloadType(),
                            negotiation.telephoneEventPayloadType());
                }
            }
            applyDirection(offer);
            sdpVersion++;
            sendSdp(transaction, reInvite, Response.OK);
        }
    }

    /** Our 200 OK was never acknowledged. */
    void onAckTimeout() {
        end(EndReason.ACK_TIMEOUT, true);
    }

    /** Called periodically: enforces the maximum duration and the no-RTP timeout. */
    void supervise(long nowNanos, long maxDurationNanos, long noRtpNanos) {
        EndReason reason = null;
        synchronized (this) {
            if (state != State.ANSWERED && state != State.CONFIRMED) {
                return;
            }
            if (nowNanos - answeredAtNanos >= maxDurationNanos) {
                reason = EndReason.MAX_DURATION;
            } else if (peerSending && nowNanos - rtp.lastReceivedNanos() >= noRtpNanos) {
                reason = EndReason.NO_RTP;
            }
        }
        if (reason != null) {
            EndReason logged = reason;
            LOG.info(() -> "Call " + callId + " on line " + line.id() + " ends: " + logged);
            end(reason, true);
        }
    }

    /** Ends the call once: optional BYE, media and port freed, line slot released, listeners told. */
    void end(EndReason reason, boolean sendBye) {
        CallEvents toNotify;
        synchronized (this) {
            if (state == State.ENDED) {
                return;
            }
            boolean answered = state == State.ANSWERED || state == State.CONFIRMED;
            if (sendBye && answered) {
                sendBye();
            } else if (sendBye) {
                sip.respond(inviteTransaction, invite, Response.TEMPORARILY_UNAVAILABLE, toTag);
            }
            state = State.ENDED;
            endReason = reason;
            cancelAckDeadline();
            if (rtp != null) {
                rtp.close();
            } else {
                ports.close();
            }
            toNotify = events;
        }
        CallTransfer ongoing = transfer;
        if (ongoing != null) {
            ongoing.callEnded();
        }
        server.released(this);
        completeOffThisThread(reason);
        if (toNotify != null) {
            toNotify.ended(reason);
        }
    }

    /** The application's continuations of {@link #ended()} must not run on SIP or RTP threads. */
    private void completeOffThisThread(EndReason reason) {
        try {
            sip.callbacks.execute(() -> ended.complete(reason));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            ended.complete(reason);
        }
    }

    private void sendBye() {
        try {
            Dialog dialog = inviteTransaction.getDialog();
            if (dialog == null) {
                return;
            }
            Request bye = dialog.createRequest(Request.BYE);
            ClientTransaction transaction = sip.provider.getNewClientTransaction(bye);
            dialog.sendRequest(transaction);
        } catch (SipException | RuntimeException e) {
            LOG.log(Level.FINE, e, () -> "Could not send BYE for " + callId);
        }
    }

    private boolean sendSdp(ServerTransaction transaction, Request request, int status) {
        MediaDirection direction = offer.direction().answer();
        String host = sip.advertisedHost(signallingSource.getAddress());
        String sdp = SessionDescriptions.write(sdpSessionId, sdpVersion, host, ports.port(), negotiation.payloadType(),
                negotiation.codec().encodingName(), negotiation.telephoneEventPayloadType(), direction);
        try {
            Response response = sip.response(status, request, toTag);
            ContentTypeHeader type = sip.headers.createContentTypeHeader("application", "sdp");
            response.setContent(sdp, type);
            response.addHeader(sip.contact(calledNumber, signallingSource.getAddress(), transport(request)));
            sip.addAllow(response);
            return sip.send(transaction, response);
        } catch (ParseException e) {
            LOG.log(Level.WARNING, "Could not build the SDP answer", e);
            return false;
        }
    }

    private void applyDirection(AudioOffer current) {
        MediaDirection ours = current.direction().answer();
        peerSending = current.direction().sends() && !current.holdsMedia();
        rtp.setSending(ours.sends() && !current.holdsMedia());
        if (peerSending) {
            rtp.touch();
        }
    }

    private InetSocketAddress mediaTarget(AudioOffer current) {
        return resolve(current);
    }

    /** SDP carries literal addresses (RFC 8866 allows names; those are resolved here, off media threads). */
    private static InetSocketAddress resolve(AudioOffer current) {
        try {
            return new InetSocketAddress(InetAddress.getByName(current.connectionAddress()), current.port());
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }

    private Set<InetAddress> trustedMediaSources(AudioOffer current) {
        Set<InetAddress> trusted = new HashSet<>();
        trusted.add(signallingSource.getAddress());
        InetSocketAddress target = resolve(current);
        if (target != null) {
            trusted.add(target.getAddress());
        }
        return trusted;
    }

    private RtpSession.MediaHandler mediaHandler() {
        return new RtpSession.MediaHandler() {
            @Override
            public void onAudio(AudioFrame frame) {
                CallTransfer ongoing = transfer;
                StaffLeg bridged = ongoing == null ? null : ongoing.staffLeg();
                if (bridged != null && bridged.isConnected()) {
                    bridged.relayFromCaller(frame);
                    return;
                }
                CallEvents current = events;
                if (current != null) {
                    current.audio(frame);
                }
            }

            @Override
            public void onDtmf(DtmfDigit digit) {
                CallEvents current = events;
                if (current != null) {
                    current.dtmf(digit);
                }
            }
        };
    }

    private static String transport(Request request) {
        javax.sip.header.ViaHeader via = (javax.sip.header.ViaHeader) request.getHeader(javax.sip.header.ViaHeader.NAME);
        return via == null ? "udp" : via.getTransport();
    }

    @Override
    public String toString() {
        return "SipCall[" + callId + ", line " + line.id() + ", " + state + "]";
    }
}
