package com.voiceorder.calls.api;

import com.voiceorder.calls.application.BridgeStatistics;
import com.voiceorder.telephony.rtp.LatencyHistogram;

/**
 * The voice bridge's overhead since the last reset, in µs (10 µs buckets): caller audio from RTP read to
 * WebSocket written, agent audio from WebSocket read to queued for the pacer, barge-in from
 * {@code speech_started} read to the agent's queued audio flushed.
 */
public record BridgeDto(LatencyDto callerToAgent, LatencyDto agentToCaller, LatencyDto bargeIn) {

    /** How many were measured, median, 99th percentile and largest, in µs. */
    public record LatencyDto(long count, long p50Micros, long p99Micros, long maxMicros) {

        static LatencyDto of(LatencyHistogram.Summary summary) {
            return new LatencyDto(summary.count(), summary.p50Micros(), summary.p99Micros(), summary.maxMicros());
        }
    }

    static BridgeDto of(BridgeStatistics.Snapshot snapshot) {
        return new BridgeDto(LatencyDto.of(snapshot.callerToAgent()), LatencyDto.of(snapshot.agentToCaller()),
                LatencyDto.of(snapshot.bargeIn()));
    }
}
