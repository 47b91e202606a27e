package com.voiceorder.telephony.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an 8 kHz mono 8-bit G.711 WAVE file (format tag 6 or 7) into an {@link AudioClip}. */
public final class WavReader {

    private WavReader() {
    }

    public static AudioClip read(Path path) throws IOException {
        return read(Files.readAllBytes(path));
    }

    /** Reads a bundled resource, e.g. {@code WavReader.read(getClass().getResourceAsStream("greeting.wav"))}. */
    public static AudioClip read(InputStream in) throws IOException {
        if (in == null) {
            throw new IOException("WAV resource not found");
        }
        try (in) {
            return read(in.readAllBytes());
        }
    }

    public static AudioClip read(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || !"RIFF".equals(fourCc(buffer)) || buffer.getInt() < 0 || !"WAVE".equals(fourCc(buffer))) {
            throw new IOException("Not a RIFF/WAVE file");
        }
        G711 codec = null;
        while (buffer.remaining() >= 8) {
            String id = fourCc(buffer);
            long size = Integer.toUnsignedLong(buffer.getInt());
            int available = buffer.remaining();
            int chunkSize = (int) Math.min(size, available);
            if ("fmt ".equals(id)) {
                if (chunkSize < 16) {
                    throw new IOException("Truncated fmt chunk");
                }
                int start = buffer.position();
                int tag = Short.toUnsignedInt(buffer.getShort());
                int channels = buffer.getShort();
                int rate = buffer.getInt();
                buffer.getInt();
                buffer.getShort();
                int bits = buffer.getShort();
                codec = G711.ofWavFormatTag(tag)
                        .orElseThrow(() -> new IOException("WAV format tag " + tag + " is not G.711 (6 or 7)"));
                if (channels != 1 || rate != G711.SAMPLE_RATE || bits != 8) {
                    throw new IOException("Expected 8 kHz mono 8-bit G.711, got " + rate + " Hz, "
                            + channels + " channels, " + bits + " bits");
                }
                buffer.position(start + chunkSize);
            } else if ("data".equals(id)) {
                if (codec == null) {
                    throw new IOException("data chunk before fmt chunk");
                }
                byte[] samples = new byte[chunkSize];
                buffer.get(samples);
                return new AudioClip(codec, samples);
            } else {
                buffer.position(buffer.position() + chunkSize);
            }
            if ((size & 1) == 1 && buffer.hasRemaining()) {
                buffer.get(); // pad byte
            }
        }
        throw new IOException("No data chunk");
    }

    private static String fourCc(ByteBuffer buffer) {
        byte[] id = new byte[4];
        buffer.get(id);
        return new String(id, StandardCharsets.US_ASCII);
    }
}
