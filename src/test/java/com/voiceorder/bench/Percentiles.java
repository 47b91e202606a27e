package com.voiceorder.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of measured durations. */
final class Percentiles {

    private Percentiles() {
    }

    /** The {@code percent}th percentile of the nanosecond durations, in milliseconds. */
    static double millis(long[] nanos, int percent) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
