package com.voiceorder.telephony.rtp;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Durations counted in fixed-width buckets (the last bucket takes everything longer), with the largest
 * value seen. Lock-free and allocation-free on {@link #record}: media threads record, anyone reads a
 * {@link Summary}. Percentiles are the upper bound of the bucket they fall in.
 */
public final class LatencyHistogram {

    /**
     * @param count      values recorded since the last reset
     * @param p50Micros  median, upper bound of its bucket (0 when nothing was recorded)
     * @param p99Micros  99th percentile, upper bound of its bucket (the range's end = that long or more)
     * @param maxMicros  largest value recorded
     */
    public record Summary(long count, long p50Micros, long p99Micros, long maxMicros) {

        public static final Summary EMPTY = new Summary(0, 0, 0, 0);
    }

    private final long bucketNanos;
    private final AtomicLongArray buckets;
    private final AtomicLong max = new AtomicLong();

    /** {@code bucketCount} buckets of {@code bucketNanos} each: a range of their product. */
    public LatencyHistogram(long bucketNanos, int bucketCount) {
        if (bucketNanos <= 0 || bucketCount <= 0) {
            throw new IllegalArgumentException("bucket width and count must be positive");
        }
        this.bucketNanos = bucketNanos;
        this.buckets = new AtomicLongArray(bucketCount);
    }

    /** One duration in nanoseconds (negative counts as 0). */
    public void record(long nanos) {
        long value = Math.max(0, nanos);
        buckets.incrementAndGet((int) Math.min(buckets.length() - 1, value / bucketNanos));
        max.accumulateAndGet(value, Math::max);
    }

    public Summary summary() {
        long[] counts = new long[buckets.length()];
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = buckets.get(i);
            total += counts[i];
        }
        if (total == 0) {
            return Summary.EMPTY;
        }
        return new Summary(total, percentileMicros(counts, total, 0.50), percentileMicros(counts, total, 0.99),
                max.get() / 1000);
    }

    /** Starts a new measurement (e.g. at the start of a load run). */
    public void reset() {
        for (int i = 0; i < buckets.length(); i++) {
            buckets.set(i, 0);
        }
        max.set(0);
    }

    private long percentileMicros(long[] counts, long total, double quantile) {
        long rank = (long) Math.ceil(quantile * total);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return (i + 1) * bucketNanos / 1000;
            }
        }
        return counts.length * bucketNanos / 1000;
    }
}
