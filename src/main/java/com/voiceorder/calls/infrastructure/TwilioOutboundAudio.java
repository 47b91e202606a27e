package com.voiceorder.calls.infrastructure;

import com.voiceorder.telephony.call.OutboundAudio;
import com.voiceorder.telephony.media.AudioFrame;
import com.voiceorder.telephony.media.G711;
import com.voiceorder.twilio.TwilioStream;
import java.time.Clock;
import java.util.Arrays;

/**
 * Agent audio for a Twilio caller: sent at once as {@code media} messages of 20 ms (Twilio queues them
 * and plays them at real time), so nothing is paced here.
 *
 * <p>What was played is reckoned by the wall clock, not by echoed {@code mark}s: playback starts with
 * the first audio sent and advances one millisecond per millisecond while audio is queued; when the
 * queue runs dry the clock stops until the next write (gaps are not counted). So
 * {@code played = min(sent, played at the last write + time since)}. It runs ahead of the caller's ear by
 * the network delay to Twilio (tens of ms), which only makes a barge-in truncate slightly late.
 * {@link #flush()} sends {@code clear}: what was not played yet is forgotten.
 */
final class TwilioOutboundAudio implements OutboundAudio {

    static final int CHUNK_BYTES = 160;

    private final TwilioStream stream;
    private final Clock clock;
    private final long capacityMillis;
    private long sentMillis;
    private long playedAtAnchor;
    private long anchorMillis;
    private boolean closed;

    /** @param capacityMillis the most audio Twilio may hold unplayed; writes beyond it are refused */
    TwilioOutboundAudio(TwilioStream stream, Clock clock, long capacityMillis) {
        this.stream = stream;
        this.clock = clock;
        this.capacityMillis = capacityMillis;
    }

    @Override
    public G711 codec() {
        return G711.PCMU;
    }

    @Override
    public boolean write(AudioFrame audio) {
        return write(audio.codec() == G711.PCMU ? audio.payload() : audio.codec().transcode(audio.payload(), G711.PCMU));
    }

    @Override
    public synchronized boolean write(byte[] samples) {
        long now = clock.millis();
        long played = playedAt(now);
        if (closed || sentMillis - played + G711.millisOf(samples.length) > capacityMillis) {
            return false;
        }
        playedAtAnchor = played;
        anchorMillis = now;
        for (int offset = 0; offset < samples.length; offset += CHUNK_BYTES) {
            stream.sendAudio(Arrays.copyOfRange(samples, offset, Math.min(samples.length, offset + CHUNK_BYTES)));
        }
        sentMillis += G711.millisOf(samples.length);
        return true;
    }

    @Override
    public synchronized long flush() {
        long now = clock.millis();
        long played = playedAt(now);
        if (!closed && sentMillis > played) {
            stream.clear();
        }
        sentMillis = played;
        playedAtAnchor = played;
        anchorMillis = now;
        return played;
    }

    @Override
    public synchronized long playedMillis() {
        return playedAt(clock.millis());
    }

    /** Twilio paces playback itself: no audio is ever skipped for running late. */
    @Override
    public long droppedMillis() {
        return 0;
    }

    @Override
    public synchronized long queuedMillis() {
        return sentMillis - playedAt(clock.millis());
    }

    /** The stream is gone: later writes are refused, the accounting stays readable. */
    synchronized void close() {
        closed = true;
    }

    private long playedAt(long now) {
        return Math.min(sentMillis, playedAtAnchor + Math.max(0, now - anchorMillis));
    }
}
