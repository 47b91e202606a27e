package com.voiceorder.telephony.call;

import com.voiceorder.telephony.media.AudioFrame;
import com.voiceorder.telephony.media.G711;

/**
 * Where the application puts audio for the caller. Accepts chunks of any size, faster than real time;
 * the telephony layer cuts them into 20 ms frames and paces them out. Thread-safe, never blocks.
 */
public interface OutboundAudio {

    /** The law negotiated for the call; audio in the other law is transcoded. */
    G711 codec();

    /** Queues audio; false when the queue is full (the audio is dropped). */
    boolean write(AudioFrame audio);

    /** Queues audio already in {@link #codec()}; false when the queue is full. */
    boolean write(byte[] samples);

    /** Drops all queued audio at once (barge-in) and returns {@link #playedMillis()}. */
    long flush();

    /** Milliseconds of written audio actually sent to the caller so far (silence fill not counted). */
    long playedMillis();

    /** Milliseconds of written audio dropped because the sender ran late (not counted as played). */
    long droppedMillis();

    /** Milliseconds of audio queued and not yet sent. */
    long queuedMillis();
}
