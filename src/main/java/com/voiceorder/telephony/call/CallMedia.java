package com.voiceorder.telephony.call;

import com.voiceorder.telephony.media.AudioFrame;
import com.voiceorder.telephony.media.DtmfDigit;

/**
 * What the application does with an answered call. Methods are called one at a time per call, in
 * order, on a callback thread (never a SIP or RTP thread); {@link #ended} is called exactly once and
 * last. Inbound audio waits in a bounded queue: a listener slower than real time loses the oldest frames.
 */
public interface CallMedia {

    /** Audio from the caller, as received (any size; 20 ms = 160 bytes), in the call's codec. */
    default void onAudio(AudioFrame frame) {
    }

    /** A key pressed by the caller (RFC 4733), once per press. */
    default void onDtmf(DtmfDigit digit) {
    }

    void ended(EndReason reason);
}
