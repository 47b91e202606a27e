package com.voiceorder.telephony.sip;

import com.voiceorder.telephony.call.TransferOutcome;
import com.voiceorder.telephony.line.SipCredentials;
import com.voiceorder.telephony.media.AudioFrame;
import com.voiceorder.telephony.media.DtmfDigit;
import com.voiceorder.telephony.media.G711;
import com.voiceorder.telephony.rtp.PacedStream;
import com.voiceorder.telephony.rtp.RtpPortPool;
import com.voiceorder.telephony.rtp.RtpSession;
import com.voiceorder.telephony.sdp.AudioNegotiation;
import com.voiceorder.telephony.sdp.AudioOffer;
import com.voiceorder.telephony.sdp.MalformedSdpException;
import com.voiceorder.telephony.sdp.MediaDirection;
import com.voiceorder.telephony.sdp.SessionDescriptions;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Our outbound call to the staff number for a bridged transfer (RFC 3261 UAC): INVITE offering the
 * caller's codec from a new RTP port, digest answer to 401/407, CANCEL at the no-answer deadline, ACK on
 * 200, then the staff's audio goes to the caller and {@link #relayFromCaller} carries the caller's back.
 */
final class StaffLeg {

    private static final Logger LOG = Logger.getLogger(StaffLeg.class.getName());
    private static final int MAX_AUTH_ATTEMPTS = 2;

    /** Where the INVITE goes and who it is from. */
    record Route(SipURI requestUri, InetAddress nextHop, String transport, Address from, SipCredentials credentials) {
    }

    enum State { CALLING, RINGING, CONNECTED, ENDED }

    private final SipContext sip;
    private final InviteServer server;
    private final Route route;
    private final RtpPortPool.RtpPorts ports;
    private final G711 codec;
    private final PacedStream towardCaller;
    private final boolean latchFromAnyAddress;
    private final Runnable staffHungUp;
    private final String callId;
    private final String fromTag = Long.toHexString(ThreadLocalRandom.current().nextLong());
    private final DigestChallengeResponder digest = new DigestChallengeResponder();
    private final CompletableFuture<TransferOutcome> answer = new CompletableFuture<>();

    private State state = State.CALLING;
    private ClientTransaction inviteTransaction;
    private Dialog dialog;
    private RtpSession rtp;
    private long cseq = 1;
    private int authAttempts;
    private ScheduledFuture<?> noAnswerDeadline;

    /**
     * @param towardCaller where the staff's audio goes (the caller's outbound stream)
     * @param staffHungUp  run once when the staff ends the bridged call
     */
    StaffLeg(SipContext sip, InviteServer server, Route route, RtpPortPool.RtpPorts ports, G711 codec,
             PacedStream towardCaller, boolean latchFromAnyAddress, Runnable staffHungUp) {
        this.sip = sip;
        this.server = server;
        this.route = route;
        this.ports = ports;
        this.codec = codec;
        this.towardCaller = towardCaller;
        this.latchFromAnyAddress = latchFromAnyAddress;
        this.staffHungUp = staffHungUp;
        this.callId = sip.provider.getNewCallId().getCallId();
    }

    String callId() {
        return callId;
    }

    /** Sends the INVITE; completes CONNECTED on 200, NO_ANSWER on busy/decline/deadline, else FAILED. */
    synchronized CompletableFuture<TransferOutcome> call(Duration noAnswer) {
        server.legStarted(this);
        try {
            send(invite(null));
        } catch (ParseException | javax.sip.InvalidArgumentException | SipException | RuntimeException e) {
            LOG.log(Level.WARNING, "Staff INVITE not sent", e);
            finish(TransferOutcome.FAILED);
            return answer;
        }
        noAnswerDeadline = sip.scheduler.schedule(this::noAnswerDeadlinePassed, noAnswer.toMillis(),
                TimeUnit.MILLISECONDS);
        return answer;
    }

    synchronized boolean isConnected() {
        return state == State.CONNECTED;
    }

    /** Caller audio, on the caller's RTP receive thread: queued toward the staff. */
    void relayFromCaller(AudioFrame frame) {
        RtpSession current;
        synchronized (this) {
            current = state == State.CONNECTED ? rtp : null;
        }
        if (current != null) {
            current.outbound().write(frame.in(codec).payload());
        }
    }

    synchronized void onResponse(ResponseEvent event) {
        Response response = event.getResponse();
        CSeqHeader cseqHeader = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
        if (!Request.INVITE.equals(cseqHeader.getMethod())) {
            return; // answers to our CANCEL or BYE
        }
        int status = response.getStatusCode();
        if (status < 200) {
            if (state == State.CALLING && status > 100) {
                state = State.RINGING;
            }
            return;
        }
        if (status < 300) {
            answered(event, response);
        } else if ((status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED)
                && state != State.ENDED) {
            authenticate(event, response);
        } else if (state != State.ENDED) {
            LOG.info(() -> "Staff call " + callId + " refused: " + status + " " + response.getReasonPhrase());
            finish(isNoAnswer(status) ? TransferOutcome.NO_ANSWER : TransferOutcome.FAILED);
        } else {
            server.legEnded(this);
        }
    }

    private static boolean isNoAnswer(int status) {
        return status == Response.BUSY_HERE || status == Response.BUSY_EVERYWHERE || status == Response.DECLINE
                || status == Response.TEMPORARILY_UNAVAILABLE || status == Response.REQUEST_TIMEOUT
                || status == Response.REQUEST_TERMINATED;
    }

    private void answered(ResponseEvent event, Response response) {
        Dialog answeredDialog = event.getDialog() != null ? event.getDialog() : event.getClientTransaction().getDialog();
        try {
            answeredDialog.sendAck(answeredDialog.createAck(((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getSeqNumber()));
        } catch (SipException | javax.sip.InvalidArgumentException e) {
            LOG.log(Level.FINE, "ACK not sent for staff call " + callId, e);
        }
        dialog = answeredDialog;
        if (state == State.ENDED) {
            sendBye(); // answered while we were giving up
            server.legEnded(this);
            return;
        }
        Optional<InetSocketAddress> media = mediaAddress(response);
        if (media.isEmpty()) {
            LOG.warning(() -> "Staff call " + callId + " answered without usable " + codec + " audio");
            sendBye();
            finish(TransferOutcome.FAILED);
            return;
        }
        cancelDeadline();
        rtp = new RtpSession(ports, codec, codec.payloadType(), -1, media.get(),
                new HashSet<>(List.of(media.get().getAddress(), route.nextHop())), latchFromAnyAddress,
                sip.config.limits().outboundQueueMillis(), new RtpSession.MediaHandler() {
                    @Override
                    public void onAudio(AudioFrame frame) {
                        towardCaller.write(frame.in(towardCaller.codec()).payload());
                    }

                    @Override
                    public void onDtmf(DtmfDigit digit) {
                        // keys pressed by the staff are not forwarded
                    }
                });
        server.startMedia(rtp);
        state = State.CONNECTED;
        answer.complete(TransferOutcome.CONNECTED);
    }

    private Optional<InetSocketAddress> mediaAddress(Response response) {
        byte[] body = response.getRawContent();
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try {
            AudioOffer staffAnswer = SessionDescriptions.parseAudio(new String(body, StandardCharsets.UTF_8));
            Optional<AudioNegotiation> agreed = AudioNegotiation.answer(staffAnswer)
                    .filter(negotiation -> negotiation.codec() == codec);
            if (agreed.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new InetSocketAddress(InetAddress.getByName(staffAnswer.connectionAddress()),
                    staffAnswer.port()));
        } catch (MalformedSdpException | UnknownHostException e) {
            return Optional.empty();
        }
    }

    private void authenticate(ResponseEvent event, Response challenge) {
        Request sent = event.getClientTransaction() == null ? null : event.getClientTransaction().getRequest();
        Optional<DigestChallengeResponder.Answer> credentials = sent == null || route.credentials() == null
                || authAttempts >= MAX_AUTH_ATTEMPTS ? Optional.empty()
                : digest.answer(challenge, sent, route.credentials());
        if (credentials.isEmpty()) {
            LOG.warning(() -> "Staff call " + callId + ": authentication refused (" + challenge.getStatusCode() + ")");
            finish(TransferOutcome.FAILED);
            return;
        }
        authAttempts++;
        try {
            send(invite(credentials.get()));
        } catch (ParseException | javax.sip.InvalidArgumentException | SipException | RuntimeException e) {
            LOG.log(Level.WARNING, "Authenticated staff INVITE not sent", e);
            finish(TransferOutcome.FAILED);
        }
    }

    synchronized void onTimeout() {
        if (state == State.CALLING || state == State.RINGING) {
            LOG.info(() -> "Staff call " + callId + ": no answer from " + route.requestUri().getHost());
            finish(TransferOutcome.FAILED);
        }
    }

    /** The staff hung up the bridged call. */
    void onBye(ServerTransaction transaction, Request bye) {
        sip.respond(transaction, bye, Response.OK, null);
        boolean wasConnected;
        synchronized (this) {
            wasConnected = state == State.CONNECTED;
            endMedia();
        }
        server.legEnded(this);
        if (wasConnected) {
            staffHungUp.run();
        }
    }

    /** Ends the leg from our side: BYE when connected, CANCEL while it rings. */
    synchronized void hangUp() {
        if (state == State.CONNECTED) {
            sendBye();
            endMedia();
            server.legEnded(this);
        } else if (state != State.ENDED) {
            cancel();
            finish(TransferOutcome.NO_ANSWER);
        }
    }

    private void noAnswerDeadlinePassed() {
        synchronized (this) {
            if (state != State.CALLING && state != State.RINGING) {
                return;
            }
            LOG.info(() -> "Staff call " + callId + " not answered in time: CANCEL");
            cancel();
            state = State.ENDED;
            ports.close();
            answer.complete(TransferOutcome.NO_ANSWER);
        }
        // kept until the 487 (or a late 200, then ACK + BYE) has been handled
        sip.scheduler.schedule(() -> server.legEnded(this), 32, TimeUnit.SECONDS);
    }

    private void cancel() {
        try {
            sip.provider.getNewClientTransaction(inviteTransaction.createCancel()).sendRequest();
        } catch (SipException | RuntimeException e) {
            LOG.log(Level.FINE, "CANCEL not sent for staff call " + callId, e);
        }
    }

    private void sendBye() {
        try {
            Request bye = dialog.createRequest(Request.BYE);
            dialog.sendRequest(sip.provider.getNewClientTransaction(bye));
        } catch (SipException | RuntimeException e) {
            LOG.log(Level.FINE, "BYE not sent for staff call " + callId, e);
        }
    }

    /** The attempt is over without a bridge. */
    private void finish(TransferOutcome outcome) {
        cancelDeadline();
        endMedia();
        server.legEnded(this);
        answer.complete(outcome);
    }

    private void endMedia() {
        state = State.ENDED;
        cancelDeadline();
        if (rtp != null) {
            rtp.close();
        } else {
            ports.close();
        }
    }

    private void cancelDeadline() {
        if (noAnswerDeadline != null) {
            noAnswerDeadline.cancel(false);
            noAnswerDeadline = null;
        }
    }

    private void send(Request invite) throws SipException {
        inviteTransaction = sip.provider.getNewClientTransaction(invite);
        inviteTransaction.sendRequest();
    }

    private Request invite(DigestChallengeResponder.Answer authorization)
            throws ParseException, javax.sip.InvalidArgumentException {
        String transport = route.transport();
        ViaHeader via = sip.headers.createViaHeader(sip.advertisedHost(route.nextHop()), sip.sipPort, transport, null);
        via.setRPort();
        Request invite = sip.messages.createRequest(route.requestUri(), Request.INVITE,
                sip.headers.createCallIdHeader(callId), sip.headers.createCSeqHeader(cseq++, Request.INVITE),
                sip.headers.createFromHeader(route.from(), fromTag),
                sip.headers.createToHeader(sip.addresses.createAddress(route.requestUri()), null),
                List.of(via), sip.headers.createMaxForwardsHeader(70));
        invite.addHeader(sip.contact(SipMessages.user(route.from()), route.nextHop(), transport));
        invite.addHeader(sip.headers.createUserAgentHeader(List.of(SipContext.USER_AGENT)));
        sip.addAllow(invite);
        if (authorization != null) {
            invite.addHeader(sip.headers.createHeader(authorization.headerName(), authorization.value()));
        }
        long sessionId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        String offer = SessionDescriptions.write(sessionId, 1, sip.advertisedHost(route.nextHop()), ports.port(),
                codec.payloadType(), codec.encodingName(), -1, MediaDirection.SENDRECV);
        invite.setContent(offer, sip.headers.createContentTypeHeader("application", "sdp"));
        return invite;
    }

    @Override
    public String toString() {
        return "StaffLeg[" + callId + ", " + route.requestUri() + ", " + state + "]";
    }
}
