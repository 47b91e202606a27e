package com.voiceorder.telephony.call;

import com.voiceorder.telephony.media.G711;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** An answered call. Thread-safe. */
public interface CallSession {

    String callId();

    String lineId();

    G711 codec();

    /** Where to put audio for the caller. */
    OutboundAudio outboundAudio();

    /** Sends BYE; {@link CallMedia#ended} follows with {@link EndReason#HUNG_UP}. No effect once ended. */
    void hangUp();

    boolean isEnded();

    /**
     * Hands the caller to a person at {@code targetE164} (the line's staff number). Completes once:
     * {@link TransferOutcome#CONNECTED} when they answered (the call then ends for us), otherwise
     * {@link TransferOutcome#NO_ANSWER} after {@code noAnswer} or {@link TransferOutcome#FAILED}, with the
     * caller still on this session. A call leg that cannot transfer answers FAILED at once.
     */
    default CompletionStage<TransferOutcome> transfer(String targetE164, Duration noAnswer) {
        return CompletableFuture.completedFuture(TransferOutcome.FAILED);
    }
}
