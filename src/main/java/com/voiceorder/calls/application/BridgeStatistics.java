package com.voiceorder.calls.application;

import com.voiceorder.telephony.rtp.LatencyHistogram;

/**
 * The voice bridge's own overhead, all calls together, on the monotonic clock: caller audio from its RTP
 * packet read off the socket to its {@code input_audio_buffer.append} written to the agent's WebSocket;
 * agent audio from its {@code output_audio.delta} read off the WebSocket to its bytes queued in the
 * call's pacer (the wait for the 20 ms slot is the pacer's, see {@code GET /api/telephony/pacing}); and
 * the barge-in cut, from {@code speech_started} read off the WebSocket to the queued agent audio flushed
 * (no agent frame is sent after that but one already handed to the socket). 10 µs buckets up to 100 ms;
 * recording is two atomic updates, so it is always on.
 */
public final class BridgeStatistics {

    static final long BUCKET_NANOS = 10_000;
    static final int BUCKETS = 10_000;

    /** The three figures since the last reset. */
    public record Snapshot(LatencyHistogram.Summary callerToAgent, LatencyHistogram.Summary agentToCaller,
                           LatencyHistogram.Summary bargeIn) {
    }

    private final LatencyHistogram callerToAgent = new LatencyHistogram(BUCKET_NANOS, BUCKETS);
    private final LatencyHistogram agentToCaller = new LatencyHistogram(BUCKET_NANOS, BUCKETS);
    private final LatencyHistogram bargeIn = new LatencyHistogram(BUCKET_NANOS, BUCKETS);

    /** Caller audio received at {@code receivedNanos} reached the agent's socket at {@code sentNanos}. */
    public void callerAudioSent(long receivedNanos, long sentNanos) {
        if (receivedNanos != 0) {
            callerToAgent.record(sentNanos - receivedNanos);
        }
    }

    /** Agent audio received at {@code receivedNanos} was queued for the caller at {@code queuedNanos}. */
    public void agentAudioQueued(long receivedNanos, long queuedNanos) {
        if (receivedNanos != 0) {
            agentToCaller.record(queuedNanos - receivedNanos);
        }
    }

    /** A barge-in received at {@code receivedNanos} had the agent's queued audio flushed at {@code flushedNanos}. */
    public void agentAudioCut(long receivedNanos, long flushedNanos) {
        if (receivedNanos != 0) {
            bargeIn.record(flushedNanos - receivedNanos);
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(callerToAgent.summary(), agentToCaller.summary(), bargeIn.summary());
    }

    /** Starts a new measurement (e.g. at the start of a load run). */
    public void reset() {
        callerToAgent.reset();
        agentToCaller.reset();
        bargeIn.reset();
    }
}
