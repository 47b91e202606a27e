package com.voiceorder.telephony.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.telephony.media.DtmfDigit;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class RtpPacketTest {

    @Test
    void a_packet_round_trips_and_csrcs_extensions_and_padding_are_skipped() {
        RtpPacket packet = new RtpPacket(true, 8, 65535, 0xFFFF_FFF0L, 0xCAFEBABEL, new byte[] {1, 2, 3});
        RtpPacket parsed = RtpPacket.parse(ByteBuffer.wrap(packet.encode()));
        assertThat(parsed.marker()).isTrue();
        assertThat(parsed.sequenceNumber()).isEqualTo(65535);
        assertThat(parsed.timestamp()).isEqualTo(0xFFFF_FFF0L);
        assertThat(parsed.ssrc()).isEqualTo(0xCAFEBABEL);
        assertThat(parsed.payload()).containsExactly(1, 2, 3);

        ByteBuffer complex = ByteBuffer.allocate(12 + 4 + 8 + 3 + 2);
        complex.put((byte) 0xB1).put((byte) 0).putShort((short) 1).putInt(2).putInt(3); // P, X, 1 CSRC
        complex.putInt(99);                                                            // CSRC
        complex.putShort((short) 0xBEDE).putShort((short) 1).putInt(0);                // one-word extension
        complex.put(new byte[] {7, 8, 9}).put((byte) 0).put((byte) 2);                 // payload + 2 padding
        complex.flip();
        assertThat(RtpPacket.parse(complex).payload()).containsExactly(7, 8, 9);
    }

    @Test
    void non_rtp_datagrams_are_not_parsed() {
        assertThat(RtpPacket.parse(ByteBuffer.wrap(new byte[] {1, 2, 3}))).isNull();
        assertThat(RtpPacket.parse(ByteBuffer.wrap(new byte[12]))).isNull();                      // version 0
        byte[] rtcp = new byte[12];
        rtcp[0] = (byte) 0x80;
        rtcp[1] = (byte) 200;                                                                    // sender report
        assertThat(RtpPacket.parse(ByteBuffer.wrap(rtcp))).isNull();
    }

    @Test
    void a_key_press_is_reported_once_although_its_end_packet_comes_three_times() {
        TelephoneEventDecoder decoder = new TelephoneEventDecoder();
        byte[] start = TelephoneEventDecoder.encode(DtmfDigit.D5, false, 10, 160);
        byte[] end = TelephoneEventDecoder.encode(DtmfDigit.D5, true, 10, 800);
        assertThat(decoder.accept(start, 1000)).isEmpty();
        assertThat(decoder.accept(end, 1000)).contains(DtmfDigit.D5);
        assertThat(decoder.accept(end, 1000)).isEmpty();
        assertThat(decoder.accept(end, 1000)).isEmpty();
        assertThat(decoder.accept(TelephoneEventDecoder.encode(DtmfDigit.D5, true, 10, 800), 2000))
                .contains(DtmfDigit.D5);
    }
}
