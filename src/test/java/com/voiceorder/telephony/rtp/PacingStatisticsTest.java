package com.voiceorder.telephony.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PacingStatisticsTest {

    private final PacingStatistics statistics = new PacingStatistics();

    @Test
    void percentiles_come_from_100_microsecond_buckets() {
        for (int i = 0; i < 98; i++) {
            statistics.sent(50_000); // 0.05 ms
        }
        statistics.sent(2_000_000);  // 2 ms
        statistics.sent(12_000_000); // 12 ms, late

        PacingStatistics.Snapshot snapshot = statistics.snapshot();
        assertThat(snapshot.framesSent()).isEqualTo(100);
        assertThat(snapshot.lagP50Micros()).isEqualTo(100);
        assertThat(snapshot.lagP99Micros()).isEqualTo(2_100);
        assertThat(snapshot.framesLate()).isEqualTo(1);
        assertThat(snapshot.lagMaxMicros()).isEqualTo(12_000);
    }

    @Test
    void early_frames_count_as_on_time_and_huge_lags_land_in_the_last_bucket() {
        statistics.sent(-3_000_000);
        statistics.sent(900_000_000);

        PacingStatistics.Snapshot snapshot = statistics.snapshot();
        assertThat(snapshot.lagP50Micros()).isEqualTo(100);
        assertThat(snapshot.lagP99Micros()).isEqualTo(30_000);
    }

    @Test
    void a_reset_starts_a_new_measurement() {
        statistics.sent(7_000_000);
        statistics.dropped(3);
        statistics.reset();

        assertThat(statistics.snapshot()).isEqualTo(new PacingStatistics.Snapshot(0, 0, 0, 0, 0, 0));
    }
}
