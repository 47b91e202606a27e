package com.voiceorder.voice;

import java.util.Objects;

/** A chunk of agent speech in the session codec, from response {@code responseId}, item {@code itemId}. */
public record AgentAudio(String responseId, String itemId, byte[] audio) {

    public AgentAudio {
        Objects.requireNonNull(audio, "audio");
    }

    public long durationMillis() {
        return AudioCodec.millisOf(audio.length);
    }
}
