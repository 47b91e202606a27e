package com.voiceorder.calls.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.telephony.rtp.LatencyHistogram.Summary;
import org.junit.jupiter.api.Test;

class BridgeStatisticsTest {

    private static final long T = 5_000_000_000L; // any System.nanoTime() reading but 0
    private final BridgeStatistics bridge = new BridgeStatistics();

    @Test
    void each_direction_and_the_barge_in_are_measured_apart_in_10_microsecond_buckets() {
        bridge.callerAudioSent(T, T + 123_000);
        bridge.agentAudioQueued(T, T + 45_000);
        bridge.agentAudioQueued(T, T + 47_000);
        bridge.agentAudioCut(T, T + 2_500_000);

        BridgeStatistics.Snapshot snapshot = bridge.snapshot();
        assertThat(snapshot.callerToAgent()).isEqualTo(new Summary(1, 130, 130, 123));
        assertThat(snapshot.agentToCaller()).isEqualTo(new Summary(2, 50, 50, 47));
        assertThat(snapshot.bargeIn()).isEqualTo(new Summary(1, 2_510, 2_510, 2_500));
    }

    @Test
    void audio_without_a_receive_time_is_not_measured() {
        bridge.callerAudioSent(0, T);
        bridge.agentAudioQueued(0, T);
        bridge.agentAudioCut(0, T);

        assertThat(bridge.snapshot()).isEqualTo(new BridgeStatistics.Snapshot(Summary.EMPTY, Summary.EMPTY, Summary.EMPTY));
    }

    @Test
    void a_reset_starts_a_new_measurement() {
        bridge.callerAudioSent(T, T + 1_000);
        bridge.agentAudioCut(T, T + 1_000);
        bridge.reset();

        assertThat(bridge.snapshot()).isEqualTo(new BridgeStatistics.Snapshot(Summary.EMPTY, Summary.EMPTY, Summary.EMPTY));
    }
}
