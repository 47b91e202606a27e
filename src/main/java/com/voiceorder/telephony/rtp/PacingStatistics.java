package com.voiceorder.telephony.rtp;

import java.util.concurrent.atomic.LongAdder;

/**
 * How punctually the pacer sends outbound RTP: a {@link LatencyHistogram} of each frame's send lag (actual
 * send time minus its due time on the monotonic clock) in 100 µs buckets up to 30 ms, frames sent late and
 * frames dropped. Lock-free: the pacer lanes record, anyone reads a {@link Snapshot}.
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

    private final LatencyHistogram lags = new LatencyHistogram(BUCKET_NANOS, BUCKETS);
    private final LongAdder late = new LongAdder();
    private final LongAdder dropped = new LongAdder();

    /** One frame sent {@code lagNanos} after its due time (negative = early, counted as 0). */
    public void sent(long lagNanos) {
        lags.record(lagNanos);
        if (lagNanos >= LATE_NANOS) {
            late.increment();
        }
    }

    public void dropped(int frames) {
        if (frames > 0) {
            dropped.add(frames);
        }
    }

    public Snapshot snapshot() {
        LatencyHistogram.Summary lag = lags.summary();
        return new Snapshot(lag.count(), late.sum(), dropped.sum(), lag.p50Micros(), lag.p99Micros(), lag.maxMicros());
    }

    /** Starts a new measurement (e.g. at the start of a load run). */
    public void reset() {
        lags.reset();
        late.reset();
        dropped.reset();
    }
}
