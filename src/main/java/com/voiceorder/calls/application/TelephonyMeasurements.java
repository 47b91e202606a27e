package com.voiceorder.calls.application;

import com.voiceorder.telephony.rtp.PacingStatistics;
import java.util.Optional;

/** Performance figures of the running SIP endpoint (for administrators and load benchmarks). */
public interface TelephonyMeasurements {

    /** Outbound RTP punctuality since the last reset; empty when SIP is off or not started. */
    Optional<PacingStatistics.Snapshot> pacing();

    /** Starts a new pacing measurement. */
    void resetPacing();

    /** The voice bridge's overhead on agent calls since the last reset (see {@link BridgeStatistics}). */
    BridgeStatistics.Snapshot bridge();

    /** Starts a new bridge measurement. */
    void resetBridge();
}
