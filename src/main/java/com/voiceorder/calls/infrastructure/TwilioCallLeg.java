package com.voiceorder.calls.infrastructure;

import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.telephony.call.CallMedia;
import com.voiceorder.telephony.call.CallSession;
import com.voiceorder.telephony.call.EndReason;
import com.voiceorder.telephony.call.IncomingCall;
import com.voiceorder.telephony.call.OutboundAudio;
import com.voiceorder.telephony.call.TransferOutcome;
import com.voiceorder.telephony.media.AudioFrame;
import com.voiceorder.telephony.media.DtmfDigit;
import com.voiceorder.telephony.media.G711;
import com.voiceorder.telephony.sip.CallEvents;
import com.voiceorder.twilio.StreamMessage;
import com.voiceorder.twilio.StreamTokens;
import com.voiceorder.twilio.TwilioCallTransfers;
import com.voiceorder.twilio.TwilioStream;
import com.voiceorder.twilio.TwilioStreamHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * A Twilio Media Stream seen as telephony's call, so that {@code CallHandling} treats it as a SIP call:
 * offered ({@link IncomingCall}), then answered by returning itself ({@link CallSession}). The stream is
 * already connected when it starts: ringing does nothing and answering only starts the delivery of the
 * caller's media. Media, DTMF and the end reach the {@link CallMedia} through the same bounded, ordered
 * queue SIP uses ({@link CallEvents}), on the callback executor, never on the WebSocket thread. Thread-safe.
 */
final class TwilioCallLeg implements IncomingCall, CallSession, TwilioStreamHandler.Listener {

    /** As SIP's defaults: 5 s of caller audio waiting for the application, 180 s of agent audio at Twilio. */
    static final int INBOUND_QUEUE_FRAMES = 250;
    static final long OUTBOUND_QUEUE_MILLIS = 180_000;

    private final TwilioStream stream;
    private final StreamTokens.Grant grant;
    private volatile String lineId;
    private final Executor callbacks;
    private final TwilioCallTransfers transfers;
    private final TwilioOutboundAudio audio;
    private final CompletableFuture<EndReason> ended = new CompletableFuture<>();
    private CallEvents events;
    private EndReason endReason;
    private boolean transferring;

    /** The line is looked up afterwards, off the WebSocket thread ({@link #arrivedOn}). */
    TwilioCallLeg(TwilioStream stream, StreamTokens.Grant grant, Executor callbacks, TwilioCallTransfers transfers,
                  Clock clock) {
        this.stream = stream;
        this.grant = grant;
        this.callbacks = callbacks;
        this.transfers = transfers;
        this.audio = new TwilioOutboundAudio(stream, clock, OUTBOUND_QUEUE_MILLIS);
    }

    /** The id of the phone line whose number Twilio called; set before the call is offered. */
    void arrivedOn(String phoneLineId) {
        this.lineId = phoneLineId;
    }

    StreamTokens.Grant grant() {
        return grant;
    }

    // ---- the offered call

    /** The Twilio CallSid. */
    @Override
    public String callId() {
        return stream.callSid();
    }

    @Override
    public String lineId() {
        return lineId;
    }

    @Override
    public Optional<PhoneNumber> caller() {
        return grant.from() == null ? Optional.empty() : PhoneNumber.tryParse(grant.from(), "FR");
    }

    @Override
    public String calledNumber() {
        return grant.to();
    }

    /** Media Streams carry μ-law 8 kHz only. */
    @Override
    public G711 codec() {
        return G711.PCMU;
    }

    /** A bidirectional stream reports the caller's keys ({@code dtmf} messages). */
    @Override
    public boolean dtmfOffered() {
        return true;
    }

    /** Twilio already answered the caller: nothing to signal. */
    @Override
    public void ring() {
    }

    @Override
    public CallSession answer(CallMedia media) {
        EndReason alreadyEnded;
        synchronized (this) {
            if (events != null) {
                throw new IllegalStateException("Call " + callId() + " already answered");
            }
            events = new CallEvents(media, callbacks, INBOUND_QUEUE_FRAMES);
            alreadyEnded = endReason;
        }
        if (alreadyEnded != null) {
            events.ended(alreadyEnded);
        }
        return this;
    }

    @Override
    public void reject(int sipStatus) {
        end(EndReason.REJECTED);
        stream.close();
    }

    @Override
    public CompletionStage<EndReason> ended() {
        return ended;
    }

    // ---- the answered call

    @Override
    public OutboundAudio outboundAudio() {
        return audio;
    }

    @Override
    public void hangUp() {
        if (end(EndReason.HUNG_UP)) {
            stream.close();
        }
    }

    @Override
    public synchronized boolean isEnded() {
        return endReason != null;
    }

    /**
     * Twilio dials the person instead of our stream, which ends at once ({@link EndReason#HUNG_UP}): unlike
     * a SIP leg, a caller nobody answered is not back on this session but on a new voicemail stream (see
     * {@link TwilioCallTransfers}); NO_ANSWER says so.
     */
    @Override
    public CompletionStage<TransferOutcome> transfer(String targetE164, Duration noAnswer) {
        synchronized (this) {
            if (endReason != null || transferring) {
                return CompletableFuture.completedFuture(TransferOutcome.FAILED);
            }
            transferring = true;
        }
        return transfers.transfer(grant, targetE164, noAnswer).whenComplete((outcome, failure) -> {
            if (outcome == TransferOutcome.FAILED) {
                synchronized (this) {
                    transferring = false;
                }
            }
        });
    }

    // ---- what the caller's side of the stream brings (WebSocket thread)

    @Override
    public void onMedia(StreamMessage.Media media) {
        CallEvents current = answeredEvents();
        if (current != null) {
            current.audio(AudioFrame.of(G711.PCMU, media.payload()));
        }
    }

    @Override
    public void onDtmf(StreamMessage.Dtmf dtmf) {
        CallEvents current = answeredEvents();
        if (current != null && dtmf.digit().length() == 1) {
            DtmfDigit.ofSymbol(dtmf.digit().charAt(0)).ifPresent(current::dtmf);
        }
    }

    /** The stream stopped or its socket closed: the caller hung up, unless we ended it or moved the call. */
    @Override
    public void onEnded(String reason) {
        boolean movedByUs;
        synchronized (this) {
            movedByUs = transferring;
        }
        end(movedByUs ? EndReason.HUNG_UP : EndReason.CALLER_HUNG_UP);
    }

    private synchronized CallEvents answeredEvents() {
        return endReason == null ? events : null;
    }

    /** Ends the call once, first reason kept; false when it had already ended. */
    private boolean end(EndReason reason) {
        CallEvents current;
        synchronized (this) {
            if (endReason != null) {
                return false;
            }
            endReason = reason;
            current = events;
        }
        audio.close();
        if (current != null) {
            current.ended(reason);
        }
        try {
            callbacks.execute(() -> ended.complete(reason));
        } catch (RejectedExecutionException e) {
            ended.complete(reason);
        }
        return true;
    }
}
