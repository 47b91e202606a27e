package com.voiceorder.telephony.rtp;

import java.nio.ByteBuffer;

/**
 * An RTP data packet (RFC 3550 §5.1). {@link #parse} is lenient about what it ignores (CSRCs,
 * header extension, padding) and strict about what would misread audio (version, lengths).
 */
public record RtpPacket(boolean marker, int payloadType, int sequenceNumber, long timestamp, long ssrc,
                        byte[] payload) {

    public static final int VERSION = 2;
    public static final int HEADER_SIZE = 12;

    /** Reads the packet between the buffer's position and limit; null when it is not RTP version 2. */
    public static RtpPacket parse(ByteBuffer buffer) {
        int length = buffer.remaining();
        if (length < HEADER_SIZE) {
            return null;
        }
        int start = buffer.position();
        int first = buffer.get(start) & 0xFF;
        if (first >> 6 != VERSION) {
            return null;
        }
        boolean padding = (first & 0x20) != 0;
        boolean extension = (first & 0x10) != 0;
        int csrcCount = first & 0x0F;
        int second = buffer.get(start + 1) & 0xFF;
        int payloadType = second & 0x7F;
        if (payloadType >= 72 && payloadType <= 76) {
            return null; // RTCP (RFC 5761 §4) sent to the RTP port
        }
        int sequence = buffer.getShort(start + 2) & 0xFFFF;
        long timestamp = buffer.getInt(start + 4) & 0xFFFF_FFFFL;
        long ssrc = buffer.getInt(start + 8) & 0xFFFF_FFFFL;
        int offset = HEADER_SIZE + 4 * csrcCount;
        if (extension) {
            if (length < offset + 4) {
                return null;
            }
            int words = buffer.getShort(start + offset + 2) & 0xFFFF;
            offset += 4 + 4 * words;
        }
        int end = length;
        if (padding) {
            end -= buffer.get(start + length - 1) & 0xFF;
        }
        if (end < offset) {
            return null;
        }
        byte[] payload = new byte[end - offset];
        buffer.get(start + offset, payload);
        return new RtpPacket((second & 0x80) != 0, payloadType, sequence, timestamp, ssrc, payload);
    }

    /** Writes header and payload at the buffer's position (no CSRC, no extension). */
    public static void write(ByteBuffer buffer, boolean marker, int payloadType, int sequenceNumber,
                             long timestamp, long ssrc, byte[] payload, int offset, int length) {
        buffer.put((byte) (VERSION << 6));
        buffer.put((byte) ((marker ? 0x80 : 0) | (payloadType & 0x7F)));
        buffer.putShort((short) sequenceNumber);
        buffer.putInt((int) timestamp);
        buffer.putInt((int) ssrc);
        buffer.put(payload, offset, length);
    }

    public byte[] encode() {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_SIZE + payload.length);
        write(buffer, marker, payloadType, sequenceNumber, timestamp, ssrc, payload, 0, payload.length);
        return buffer.array();
    }
}
