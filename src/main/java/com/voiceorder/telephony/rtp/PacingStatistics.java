package com.voiceorder.telephony.rtp;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * How punctually the pacer sends outbound RTP: a histogram of each frame's send lag (actual send time minus
 * its due time on the monotonic clock) in 100 µs buckets up to 30 ms, frames sent late and frames dropped.
 * Lock-free: the pacer lanes record, anyone reads a {@link Snapshot}.
 */
public final class PacingStatistics {

    /** A frame sent this much after its due time counts as late. */
    public static final long LATE_NANOS = 5_000_000;
    static final long BUCKET_NANOS = 100_000;
    static final int BUCKETS = 300;

    /**
     * @param framesSent    frames sent since the last reset
     * @param framesLate    of those, sent {@link #LATE_NANOS} or more after their due time
     * @param framesDropped frames skipped because their slot had passed (never sent)
     * @param lagP50Micros  median send lag, upper bound of its 100 µs bucket
     * @param lagP99Micros  99th percentile send lag, upper bound of its 100 µs bucket (30000 = 30 ms or more)
     * @param lagMaxMicros  largest send lag seen
     */
    public record Snapshot(long framesSent, long framesLate, long framesDropped, long lagP50Micros,
                           long lagP99Micros, long lagMaxMicros) {
    }

    private final AtomicLongArray buckets = new AtomicLongArray(BUCKETS);
    private final LongAdder late = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final java.util.concurrent.atomic.AtomicLong maxLag = new java.util.concurrent.atomic.AtomicLong();

    /** One frame sent {@code lagNanos} after its due time (negative = early, counted as 0). */
    public void sent(long lagNanos) {
        long lag = Math.max(0, lagNanos);
        buckets.incrementAndGet((int) Math.min(BUCKETS - 1, lag / BUCKET_NANOS));
        if (lag >= LATE_NANOS) {
            late.increment();
        }
        maxLag.accumulateAndGet(lag, Math::max);
    }

    public void dropped(int frames) {
        if (frames > 0) {
            dropped.add(frames);
        }
    }

    public Snapshot snapshot() {
        long[] counts = new long[BUCKETS];
        long total = 0;
        for (int i = 0; i < BUCKETS; i++) {
            counts[i] = buckets.get(i);
            total += counts[i];
        }
        return new Snapshot(total, late.sum(), dropped.sum(), percentileMicros(counts, total, 0.50),
                percentileMicros(counts, total, 0.99), maxLag.get() / 1000);
    }

    /** Starts a new measurement (e.g. at the start of a load run). */
    public void reset() {
        for (int i = 0; i < BUCKETS; i++) {
            buckets.set(i, 0);
        }
        late.reset();
        dropped.reset();
        maxLag.set(0);
    }

    private static long percentileMicros(long[] counts, long total, double quantile) {
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(quantile * total);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return (i + 1) * BUCKET_NANOS / 1000;
            }
        }
        return BUCKETS * BUCKET_NANOS / 1000;
    }
}
