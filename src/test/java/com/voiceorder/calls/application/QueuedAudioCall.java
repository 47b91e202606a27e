package com.voiceorder.calls.application;

import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.telephony.call.CallMedia;
import com.voiceorder.telephony.call.CallSession;
import com.voiceorder.telephony.call.EndReason;
import com.voiceorder.telephony.call.IncomingCall;
import com.voiceorder.telephony.call.OutboundAudio;
import com.voiceorder.telephony.media.G711;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/** An offered PCMA call whose answer is a session over the given outbound queue; remembers its hang-up. */
record QueuedAudioCall(OutboundAudio outbound, AtomicLong hungUpAt) implements IncomingCall, CallSession {

    QueuedAudioCall(OutboundAudio outbound) {
        this(outbound, new AtomicLong());
    }

    @Override
    public String callId() {
        return "call-1";
    }

    @Override
    public String lineId() {
        return "3";
    }

    @Override
    public Optional<PhoneNumber> caller() {
        return Optional.empty();
    }

    @Override
    public String calledNumber() {
        return "+33491000000";
    }

    @Override
    public G711 codec() {
        return G711.PCMA;
    }

    @Override
    public boolean dtmfOffered() {
        return false;
    }

    @Override
    public void ring() {
    }

    @Override
    public CallSession answer(CallMedia media) {
        return this;
    }

    @Override
    public void reject(int sipStatus) {
    }

    @Override
    public CompletionStage<EndReason> ended() {
        return new CompletableFuture<>();
    }

    @Override
    public OutboundAudio outboundAudio() {
        return outbound;
    }

    /** System.nanoTime() of the first hang-up, 0 while the call is up. */
    long hungUpNanos() {
        return hungUpAt.get();
    }

    @Override
    public void hangUp() {
        hungUpAt.compareAndSet(0, System.nanoTime());
    }

    @Override
    public boolean isEnded() {
        return hungUpAt.get() != 0;
    }
}
