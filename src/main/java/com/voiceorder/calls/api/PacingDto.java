package com.voiceorder.calls.api;

import com.voiceorder.telephony.rtp.PacingStatistics;

/** Outbound RTP punctuality: frames sent, sent ≥ 5 ms late, dropped (slot passed), send lag in µs. */
public record PacingDto(long framesSent, long framesLate, long framesDropped, long lagP50Micros, long lagP99Micros,
                        long lagMaxMicros) {

    static PacingDto of(PacingStatistics.Snapshot snapshot) {
        return new PacingDto(snapshot.framesSent(), snapshot.framesLate(), snapshot.framesDropped(),
                snapshot.lagP50Micros(), snapshot.lagP99Micros(), snapshot.lagMaxMicros());
    }
}
