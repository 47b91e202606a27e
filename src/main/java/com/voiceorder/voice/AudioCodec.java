package com.voiceorder.voice;

/** The G.711 law of a call; the agent hears and speaks it unchanged (8 kHz, one byte per sample). */
public enum AudioCodec {
    PCMU,
    PCMA;

    public static final int BYTES_PER_MILLISECOND = 8;

    public static long millisOf(long bytes) {
        return bytes / BYTES_PER_MILLISECOND;
    }
}
