package com.voiceorder.voice;

import java.util.Objects;

/**
 * A chunk of agent speech in the session codec, from response {@code responseId}, item {@code itemId};
 * {@code receivedNanos} is the {@link System#nanoTime()} at which its event arrived from the agent
 * (0 when unknown), so the bridge can measure how long it takes to queue it for the caller.
 */
public record AgentAudio(String responseId, String itemId, byte[] audio, long receivedNanos) {

    public AgentAudio {
        Objects.requireNonNull(audio, "audio");
    }

    /** Agent audio without an arrival time. */
    public AgentAudio(String responseId, String itemId, byte[] audio) {
        this(responseId, itemId, audio, 0);
    }

    public long durationMillis() {
        return AudioCodec.millisOf(audio.length);
    }
}
