package com.voiceorder.telephony.rtp;

import com.voiceorder.telephony.media.DtmfDigit;
import java.util.Optional;

/**
 * Turns RFC 4733 telephone-event packets into one digit per key press. A press is reported on its
 * first end packet; the end packet is sent three times with the same RTP timestamp (RFC 4733 §2.5.1.4),
 * so the timestamp of the last reported event is remembered and repeats are ignored.
 * One decoder per RTP stream, used by one thread.
 */
public final class TelephoneEventDecoder {

    private static final int END_BIT = 0x80;
    private long lastReportedTimestamp = -1;

    /** @return the digit when this packet ends a press not reported yet */
    public Optional<DtmfDigit> accept(byte[] payload, long rtpTimestamp) {
        if (payload.length < 4) {
            return Optional.empty();
        }
        int event = payload[0] & 0xFF;
        boolean end = (payload[1] & END_BIT) != 0;
        if (!end || rtpTimestamp == lastReportedTimestamp) {
            return Optional.empty();
        }
        lastReportedTimestamp = rtpTimestamp;
        return DtmfDigit.ofEventCode(event);
    }

    /** An RFC 4733 §2.3 payload: event, end bit, volume (dBm0, 0–63) and duration in timestamp units. */
    public static byte[] encode(DtmfDigit digit, boolean end, int volume, int duration) {
        return new byte[] {
            (byte) digit.eventCode(),
            (byte) ((end ? END_BIT : 0) | (volume & 0x3F)),
            (byte) (duration >> 8),
            (byte) duration
        };
    }
}
