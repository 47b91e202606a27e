package com.voiceorder.telephony.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.telephony.media.G711;
import org.junit.jupiter.api.Test;

class SessionDescriptionsTest {

    private static final String HT841_OFFER = """
            v=0
            o=HT841 8000 8000 IN IP4 192.168.1.20
            s=SIP Call
            c=IN IP4 192.168.1.20
            t=0 0
            m=audio 5004 RTP/AVP 8 0 18 101
            a=sendrecv
            a=rtpmap:8 PCMA/8000
            a=rtpmap:0 PCMU/8000
            a=rtpmap:18 G729/8000
            a=fmtp:18 annexb=no
            a=ptime:20
            a=rtpmap:101 telephone-event/8000
            a=fmtp:101 0-15
            """;

    @Test
    void a_gateway_offer_is_read_and_answered_with_its_first_g711_and_telephone_events() throws Exception {
        AudioOffer offer = SessionDescriptions.parseAudio(HT841_OFFER);
        assertThat(offer.connectionAddress()).isEqualTo("192.168.1.20");
        assertThat(offer.port()).isEqualTo(5004);
        assertThat(offer.payloadTypes()).containsExactly(8, 0, 18, 101);
        AudioNegotiation negotiation = AudioNegotiation.answer(offer).orElseThrow();
        assertThat(negotiation.codec()).isEqualTo(G711.PCMA);
        assertThat(negotiation.telephoneEventPayloadType()).isEqualTo(101);
        assertThat(negotiation.answerDirection()).isEqualTo(MediaDirection.SENDRECV);
    }

    @Test
    void static_payload_types_work_without_rtpmap_and_media_level_direction_wins() throws Exception {
        AudioOffer offer = SessionDescriptions.parseAudio(
                "v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\na=sendrecv\r\n"
                        + "m=audio 4000 RTP/AVP 0\r\na=sendonly\r\n");
        assertThat(AudioNegotiation.answer(offer).orElseThrow().codec()).isEqualTo(G711.PCMU);
        assertThat(offer.direction().answer()).isEqualTo(MediaDirection.RECVONLY);
    }

    @Test
    void an_offer_without_g711_cannot_be_answered_and_junk_is_rejected() throws Exception {
        AudioOffer g722 = SessionDescriptions.parseAudio(
                "v=0\r\nc=IN IP4 10.0.0.1\r\nm=audio 4000 RTP/AVP 9\r\na=rtpmap:9 G722/8000\r\n");
        assertThat(AudioNegotiation.answer(g722)).isEmpty();
        assertThatThrownBy(() -> SessionDescriptions.parseAudio("v=0\r\nm=video 1 RTP/AVP 96\r\n"))
                .isInstanceOf(MalformedSdpException.class);
        assertThatThrownBy(() -> SessionDescriptions.parseAudio("v=0\r\nm=audio x RTP/AVP 0\r\n"))
                .isInstanceOf(MalformedSdpException.class);
    }

    @Test
    void the_written_answer_parses_back() throws Exception {
        String answer = SessionDescriptions.write(7, 2, "203.0.113.7", 20000, 8, "PCMA", 101, MediaDirection.RECVONLY);
        AudioOffer parsed = SessionDescriptions.parseAudio(answer);
        assertThat(parsed.connectionAddress()).isEqualTo("203.0.113.7");
        assertThat(parsed.port()).isEqualTo(20000);
        assertThat(parsed.payloadTypes()).containsExactly(8, 101);
        assertThat(parsed.direction()).isEqualTo(MediaDirection.RECVONLY);
        assertThat(answer).contains("o=- 7 2 IN IP4 203.0.113.7");
    }
}
