package com.voiceorder.telephony.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    private final LatencyHistogram histogram = new LatencyHistogram(10_000, 1_000); // 10 µs buckets up to 10 ms

    @Test
    void percentiles_are_the_upper_bound_of_their_bucket_and_the_max_is_exact() {
        for (int i = 0; i < 98; i++) {
            histogram.record(42_000); // 42 µs: the 40-50 µs bucket
        }
        histogram.record(730_000);    // 0.73 ms
        histogram.record(4_321_000);  // 4.321 ms

        LatencyHistogram.Summary summary = histogram.summary();
        assertThat(summary).isEqualTo(new LatencyHistogram.Summary(100, 50, 740, 4_321));
    }

    @Test
    void negative_durations_count_as_zero_and_longer_than_the_range_lands_in_the_last_bucket() {
        histogram.record(-5_000);
        histogram.record(60_000_000_000L);

        LatencyHistogram.Summary summary = histogram.summary();
        assertThat(summary.p50Micros()).isEqualTo(10);
        assertThat(summary.p99Micros()).isEqualTo(10_000);
        assertThat(summary.maxMicros()).isEqualTo(60_000_000);
    }

    @Test
    void nothing_recorded_or_reset_reads_as_empty() {
        assertThat(histogram.summary()).isEqualTo(LatencyHistogram.Summary.EMPTY);
        histogram.record(1_000_000);
        histogram.reset();
        assertThat(histogram.summary()).isEqualTo(LatencyHistogram.Summary.EMPTY);
    }

    @Test
    void a_histogram_needs_positive_buckets() {
        assertThatThrownBy(() -> new LatencyHistogram(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LatencyHistogram(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
