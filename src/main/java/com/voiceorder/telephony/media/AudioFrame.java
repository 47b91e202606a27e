package com.voiceorder.telephony.media;

import java.util.Objects;

/**
 * A piece of G.711 audio: codec, bytes (one per sample), the RTP timestamp of its first sample and the
 * {@link System#nanoTime()} at which its packet was read from the socket (both 0 when the audio does not
 * come from RTP; the receive time lets the bridge measure its own overhead). Any length: peers send
 * 20 ms (160 bytes) or 30 ms.
 */
public record AudioFrame(G711 codec, byte[] payload, long timestamp, long receivedNanos) {

    public AudioFrame {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(payload, "payload");
    }

    /** Audio with an RTP timestamp but no receive time. */
    public AudioFrame(G711 codec, byte[] payload, long timestamp) {
        this(codec, payload, timestamp, 0);
    }

    public static AudioFrame of(G711 codec, byte[] payload) {
        return new AudioFrame(codec, payload, 0);
    }

    public int size() {
        return payload.length;
    }

    public long durationMillis() {
        return G711.millisOf(payload.length);
    }

    /** This audio in another law (a copy even when the law is the same). */
    public AudioFrame in(G711 target) {
        return new AudioFrame(target, codec.transcode(payload, target), timestamp, receivedNanos);
    }
}
