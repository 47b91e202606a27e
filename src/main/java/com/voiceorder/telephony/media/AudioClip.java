package com.voiceorder.telephony.media;

import java.util.Objects;

/** A whole piece of G.711 audio held in memory, e.g. a greeting read from a WAV file. */
public record AudioClip(G711 codec, byte[] samples) {

    public AudioClip {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(samples, "samples");
    }

    public long durationMillis() {
        return G711.millisOf(samples.length);
    }

    /** The clip in the law a call negotiated (transcoded through linear samples if needed). */
    public AudioClip in(G711 target) {
        return target == codec ? this : new AudioClip(target, codec.transcode(samples, target));
    }

    public AudioFrame asFrame() {
        return AudioFrame.of(codec, samples);
    }
}
