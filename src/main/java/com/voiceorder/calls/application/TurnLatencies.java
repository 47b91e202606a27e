package com.voiceorder.calls.application;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures, per turn, the time from the end of the caller's speech to the first agent audio sent
 * to the caller. Audio is counted as sent when it is queued behind {@code queuedMillis} of audio
 * still waiting (after a barge-in the queue is empty, so this is the pacer's next frame). Thread-safe.
 */
final class TurnLatencies {

    private final List<Long> samplesMs = new ArrayList<>();
    private long speechStoppedNanos = -1;

    synchronized void speechStopped(long nanos) {
        speechStoppedNanos = nanos;
    }

    /** Agent audio queued at {@code nanos} behind {@code queuedMillis} of audio; the first after a turn counts. */
    synchronized void agentAudio(long nanos, long queuedMillis) {
        if (speechStoppedNanos < 0) {
            return;
        }
        long millis = (nanos - speechStoppedNanos) / 1_000_000 + Math.max(0, queuedMillis);
        samplesMs.add(Math.max(0, millis));
        speechStoppedNanos = -1;
    }

    /** The caller spoke again before the agent answered: that turn has no answer to time. */
    synchronized void speechStarted() {
        speechStoppedNanos = -1;
    }

    synchronized List<Long> samples() {
        return List.copyOf(samplesMs);
    }
}
