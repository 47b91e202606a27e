package com.voiceorder.telephony.call;

import com.voiceorder.telephony.media.G711;

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
}
