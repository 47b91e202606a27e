package com.voiceorder.telephony.rtp;

import com.voiceorder.telephony.call.OutboundAudio;
import com.voiceorder.telephony.media.AudioFrame;
import com.voiceorder.telephony.media.G711;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbound audio of one call: a bounded byte queue filled by the application in chunks of any
 * size, emptied one 20 ms frame per {@link #service(long)} call of the pacer. The schedule is kept on
 * the stream's own monotonic grid: a frame whose slot has already passed when the pacer gets to it is
 * dropped (its audio skipped) instead of being sent in a burst. When no audio is queued, silence keeps
 * the RTP stream (and NAT bindings) alive; silence is not counted as played.
 */
public final class PacedStream implements OutboundAudio {

    public static final long FRAME_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    public static final int FRAME_BYTES = 160;
    private static final long UNSCHEDULED = Long.MIN_VALUE;
    private static final Logger LOG = Logger.getLogger(PacedStream.class.getName());

    private final G711 codec;
    private final FrameTransmitter transmitter;
    /** Queue storage starts small and doubles up to the capacity: most calls never queue more than seconds. */
    private static final int INITIAL_QUEUE_BYTES = 2 * 1000 * G711.BYTES_PER_MILLISECOND;

    private final int capacityBytes;
    private byte[] queue;
    private final byte[] frame = new byte[FRAME_BYTES];
    private int head;
    private int size;
    private long playedBytes;
    private long droppedBytes;
    private long nextDueNanos = UNSCHEDULED;
    private boolean paused;
    private boolean closed;

    /** @param capacityMillis the most audio queued at once; writes beyond it are refused */
    public PacedStream(G711 codec, FrameTransmitter transmitter, long capacityMillis) {
        this.codec = codec;
        this.transmitter = transmitter;
        this.capacityBytes = (int) Math.max(FRAME_BYTES, capacityMillis * G711.BYTES_PER_MILLISECOND);
        this.queue = new byte[Math.min(capacityBytes, INITIAL_QUEUE_BYTES)];
    }

    @Override
    public G711 codec() {
        return codec;
    }

    @Override
    public boolean write(AudioFrame audio) {
        return write(audio.codec() == codec ? audio.payload() : audio.codec().transcode(audio.payload(), codec));
    }

    @Override
    public synchronized boolean write(byte[] samples) {
        if (closed) {
            return false;
        }
        if (samples.length > capacityBytes - size) {
            LOG.fine(() -> "Outbound audio queue full, " + samples.length + " bytes dropped");
            return false;
        }
        if (samples.length > queue.length - size) {
            grow(size + samples.length);
        }
        int tail = (head + size) % queue.length;
        int first = Math.min(samples.length, queue.length - tail);
        System.arraycopy(samples, 0, queue, tail, first);
        System.arraycopy(samples, first, queue, 0, samples.length - first);
        size += samples.length;
        return true;
    }

    @Override
    public synchronized long flush() {
        head = 0;
        size = 0;
        return G711.millisOf((int) Math.min(Integer.MAX_VALUE, playedBytes));
    }

    @Override
    public synchronized long playedMillis() {
        return playedBytes / G711.BYTES_PER_MILLISECOND;
    }

    @Override
    public synchronized long droppedMillis() {
        return droppedBytes / G711.BYTES_PER_MILLISECOND;
    }

    @Override
    public synchronized long queuedMillis() {
        return size / G711.BYTES_PER_MILLISECOND;
    }

    /** While paused (call on hold) nothing is sent or consumed; the schedule restarts on resume. */
    public synchronized void setPaused(boolean paused) {
        this.paused = paused;
        if (paused) {
            nextDueNanos = UNSCHEDULED;
        }
    }

    public synchronized void close() {
        closed = true;
        size = 0;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Sends the frame due at {@code now} (a {@link System#nanoTime()} reading), dropping frames whose
     * slot passed. A call up to half a period early counts as on time, so pacer jitter never skips a slot.
     */
    public void service(long now) {
        service(now, null);
    }

    /** As {@link #service(long)}, recording the frame's send lag and the frames dropped into {@code statistics}. */
    public void service(long now, PacingStatistics statistics) {
        int skipped;
        long lag;
        synchronized (this) {
            if (closed || paused) {
                return;
            }
            if (nextDueNanos == UNSCHEDULED) {
                nextDueNanos = now;
            }
            long early = nextDueNanos - now;
            if (early > FRAME_NANOS / 2) {
                return;
            }
            long late = now - nextDueNanos;
            skipped = late >= FRAME_NANOS ? (int) (late / FRAME_NANOS) : 0;
            for (int i = 0; i < skipped; i++) {
                droppedBytes += take(null);
            }
            lag = late - skipped * FRAME_NANOS;
            nextDueNanos += (skipped + 1L) * FRAME_NANOS;
            playedBytes += take(frame);
        }
        try {
            transmitter.transmit(frame, skipped);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "RTP frame not sent", e);
        }
        if (statistics != null) {
            statistics.dropped(skipped);
            statistics.sent(lag);
        }
    }

    /** Reallocates the ring to hold at least {@code needed} bytes (doubling, up to the capacity), queued audio first. */
    private void grow(int needed) {
        int length = queue.length;
        while (length < needed) {
            length = (int) Math.min(capacityBytes, 2L * length);
        }
        byte[] larger = new byte[length];
        int first = Math.min(size, queue.length - head);
        System.arraycopy(queue, head, larger, 0, first);
        System.arraycopy(queue, 0, larger, first, size - first);
        queue = larger;
        head = 0;
    }

    /** Moves up to one frame of queued audio into {@code target} (padded with silence); returns the audio bytes taken. */
    private int take(byte[] target) {
        int taken = Math.min(FRAME_BYTES, size);
        if (target != null) {
            int first = Math.min(taken, queue.length - head);
            System.arraycopy(queue, head, target, 0, first);
            System.arraycopy(queue, 0, target, first, taken - first);
            java.util.Arrays.fill(target, taken, FRAME_BYTES, codec.silence());
        }
        head = (head + taken) % queue.length;
        size -= taken;
        return taken;
    }
}
