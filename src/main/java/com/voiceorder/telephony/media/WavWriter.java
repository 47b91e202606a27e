package com.voiceorder.telephony.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes G.711 audio unchanged into a WAVE file with format tag 6 (A-law) or 7 (µ-law), 8 kHz mono,
 * 8 bits per sample, with the {@code fact} chunk non-PCM formats need. Sizes are patched on close.
 * Not thread-safe: one writer per recording.
 */
public final class WavWriter implements AutoCloseable {

    static final int HEADER_SIZE = 58;

    private final FileChannel file;
    private final G711 codec;
    private long dataBytes;
    private boolean closed;

    private WavWriter(FileChannel file, G711 codec) {
        this.file = file;
        this.codec = codec;
    }

    public static WavWriter create(Path path, G711 codec) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        WavWriter writer = new WavWriter(channel, codec);
        writer.writeHeader();
        channel.position(HEADER_SIZE);
        return writer;
    }

    public G711 codec() {
        return codec;
    }

    /** Appends audio; frames in the other law are transcoded. */
    public void write(AudioFrame frame) throws IOException {
        byte[] bytes = frame.codec() == codec ? frame.payload() : frame.codec().transcode(frame.payload(), codec);
        write(bytes);
    }

    public void write(byte[] samples) throws IOException {
        if (closed) {
            throw new IOException("WAV writer closed");
        }
        ByteBuffer buffer = ByteBuffer.wrap(samples);
        while (buffer.hasRemaining()) {
            file.write(buffer);
        }
        dataBytes += samples.length;
    }

    public long durationMillis() {
        return G711.millisOf((int) Math.min(Integer.MAX_VALUE, dataBytes));
    }

    private void writeHeader() throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        long data = Math.min(dataBytes, 0xFFFF_FFFFL - HEADER_SIZE);
        header.put(ascii("RIFF")).putInt((int) (HEADER_SIZE - 8 + data + (data & 1))).put(ascii("WAVE"));
        header.put(ascii("fmt ")).putInt(18)
                .putShort((short) codec.wavFormatTag())
                .putShort((short) 1)                    // channels
                .putInt(G711.SAMPLE_RATE)
                .putInt(G711.SAMPLE_RATE)               // bytes per second
                .putShort((short) 1)                    // block align
                .putShort((short) 8)                    // bits per sample
                .putShort((short) 0);                   // cbSize
        header.put(ascii("fact")).putInt(4).putInt((int) data);
        header.put(ascii("data")).putInt((int) data);
        header.flip();
        file.write(header, 0);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (file) {
            if ((dataBytes & 1) == 1) {
                file.write(ByteBuffer.wrap(new byte[] {0}), HEADER_SIZE + dataBytes); // RIFF pad byte
            }
            writeHeader();
            file.force(false);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
