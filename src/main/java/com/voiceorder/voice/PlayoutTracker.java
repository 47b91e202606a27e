package com.voiceorder.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Knows which agent audio the caller actually heard. Agent audio is delivered faster than real time
 * and queued by the telephony side; only the part already sent to the caller was heard. Positions are
 * kept in delivered bytes (G.711: 8 per millisecond); the telephony side reports its played total.
 *
 * <p>At a barge-in the queue is flushed: {@link #truncateAt} answers, for every agent item not fully
 * heard, how many milliseconds were heard ({@code audio_end_ms}, clamped to the audio received for
 * that item), and rebases, since the flushed audio will never be played. Not thread-safe on its own:
 * the session guards it.
 */
public final class PlayoutTracker {

    /** The audio of one agent item, in delivered bytes. */
    private static final class Segment {
        final String itemId;
        final long start;
        long length;

        Segment(String itemId, long start) {
            this.itemId = itemId;
            this.start = start;
        }
    }

    /** An agent item to truncate at {@code audioEndMillis}. */
    public record Truncation(String itemId, long audioEndMillis) {
    }

    private final List<Segment> segments = new ArrayList<>();
    private long deliveredBytes;
    /** Delivered bytes that were flushed, never to be played: delivered position = played position + this. */
    private long neverPlayedBytes;

    /** Records {@code bytes} of agent audio of {@code itemId} handed to the telephony side. */
    public void delivered(String itemId, int bytes) {
        Objects.requireNonNull(itemId, "itemId");
        Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        if (last == null || !last.itemId.equals(itemId)) {
            last = new Segment(itemId, deliveredBytes);
            segments.add(last);
        }
        last.length += bytes;
        deliveredBytes += bytes;
    }

    /**
     * The caller heard {@code playedMillis} of all agent audio (the sink's running total, counting agent
     * audio only) and the rest was flushed. Returns the items not fully heard, in delivery order (items after the one being
     * played were not heard at all: 0 ms), and forgets them.
     */
    public List<Truncation> truncateAt(long playedMillis) {
        long heardUpTo = Math.max(0, playedMillis) * AudioCodec.BYTES_PER_MILLISECOND + neverPlayedBytes;
        List<Truncation> truncations = new ArrayList<>();
        for (Segment segment : segments) {
            long end = segment.start + segment.length;
            if (heardUpTo >= end) {
                continue;
            }
            long heardBytes = Math.max(0, heardUpTo - segment.start);
            truncations.add(new Truncation(segment.itemId, AudioCodec.millisOf(Math.min(heardBytes, segment.length))));
        }
        segments.clear();
        neverPlayedBytes = Math.max(0, deliveredBytes - (heardUpTo - neverPlayedBytes));
        return truncations;
    }

    /** Milliseconds of agent audio delivered so far. */
    public long deliveredMillis() {
        return AudioCodec.millisOf(deliveredBytes);
    }
}
