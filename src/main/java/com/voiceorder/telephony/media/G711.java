package com.voiceorder.telephony.media;

import java.util.Optional;

/**
 * The two G.711 companding laws (ITU-T G.711) with their static RTP payload types (RFC 3551 §6).
 * Both carry 8 000 one-byte samples per second, so one millisecond is eight bytes.
 */
public enum G711 {
    /** µ-law, used in North America and Japan. */
    PCMU(0, 7, (byte) 0xFF),
    /** A-law, used in Europe. */
    PCMA(8, 6, (byte) 0xD5);

    public static final int SAMPLE_RATE = 8000;
    public static final int BYTES_PER_MILLISECOND = SAMPLE_RATE / 1000;

    private final int payloadType;
    private final int wavFormatTag;
    private final byte silence;

    G711(int payloadType, int wavFormatTag, byte silence) {
        this.payloadType = payloadType;
        this.wavFormatTag = wavFormatTag;
        this.silence = silence;
    }

    /** Static RTP payload type (RFC 3551 table 4). */
    public int payloadType() {
        return payloadType;
    }

    /** WAVE format tag: 6 = WAVE_FORMAT_ALAW, 7 = WAVE_FORMAT_MULAW. */
    public int wavFormatTag() {
        return wavFormatTag;
    }

    /** The byte encoding a zero sample. */
    public byte silence() {
        return silence;
    }

    /** The encoding name used in SDP {@code a=rtpmap} lines. */
    public String encodingName() {
        return name();
    }

    public static Optional<G711> ofPayloadType(int payloadType) {
        for (G711 codec : values()) {
            if (codec.payloadType == payloadType) {
                return Optional.of(codec);
            }
        }
        return Optional.empty();
    }

    public static Optional<G711> ofEncodingName(String name) {
        for (G711 codec : values()) {
            if (codec.name().equalsIgnoreCase(name)) {
                return Optional.of(codec);
            }
        }
        return Optional.empty();
    }

    public static Optional<G711> ofWavFormatTag(int tag) {
        for (G711 codec : values()) {
            if (codec.wavFormatTag == tag) {
                return Optional.of(codec);
            }
        }
        return Optional.empty();
    }

    public static long millisOf(int bytes) {
        return bytes / BYTES_PER_MILLISECOND;
    }

    /** Encodes one linear 16-bit sample. */
    public byte encode(short sample) {
        return this == PCMU ? linearToUlaw(sample) : linearToAlaw(sample);
    }

    /** Decodes one byte to a linear 16-bit sample. */
    public short decode(byte value) {
        return this == PCMU ? ulawToLinear(value) : alawToLinear(value);
    }

    /** Re-encodes audio of this law into {@code target} (through linear samples). */
    public byte[] transcode(byte[] audio, G711 target) {
        if (target == this) {
            return audio.clone();
        }
        byte[] out = new byte[audio.length];
        for (int i = 0; i < audio.length; i++) {
            out[i] = target.encode(decode(audio[i]));
        }
        return out;
    }

    // Classic Sun g711.c algorithms.

    private static final int BIAS = 0x84;
    private static final int CLIP = 32635;

    private static byte linearToUlaw(short pcm) {
        int sample = pcm;
        int sign = (sample >> 8) & 0x80;
        if (sign != 0) {
            sample = -sample;
        }
        if (sample > CLIP) {
            sample = CLIP;
        }
        sample += BIAS;
        int exponent = 7;
        for (int mask = 0x4000; (sample & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (sample >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }

    private static short ulawToLinear(byte value) {
        int u = ~value & 0xFF;
        int t = ((u & 0x0F) << 3) + BIAS;
        t <<= (u & 0x70) >> 4;
        return (short) ((u & 0x80) != 0 ? BIAS - t : t - BIAS);
    }

    private static byte linearToAlaw(short pcm) {
        int sample = pcm;
        int mask;
        if (sample >= 0) {
            mask = 0xD5;
        } else {
            mask = 0x55;
            sample = -sample - 1;
        }
        if (sample > 32767) {
            sample = 32767;
        }
        int segment = 0;
        int threshold = 0xFF;
        while (segment < 8 && sample > threshold) {
            segment++;
            threshold = (threshold << 1) | 1;
        }
        if (segment >= 8) {
            return (byte) (0x7F ^ mask);
        }
        int aval = segment << 4;
        aval |= segment < 2 ? (sample >> 4) & 0x0F : (sample >> (segment + 3)) & 0x0F;
        return (byte) (aval ^ mask);
    }

    private static short alawToLinear(byte value) {
        int a = (value & 0xFF) ^ 0x55;
        int t = (a & 0x0F) << 4;
        int segment = (a & 0x70) >> 4;
        switch (segment) {
            case 0 -> t += 8;
            case 1 -> t += 0x108;
            default -> {
                t += 0x108;
                t <<= segment - 1;
            }
        }
        return (short) ((a & 0x80) != 0 ? t : -t);
    }
}
