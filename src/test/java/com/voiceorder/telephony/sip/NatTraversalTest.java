package com.voiceorder.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voiceorder.telephony.TelephonyConfig;
import com.voiceorder.telephony.media.G711;
import com.voiceorder.telephony.testing.ParallelClose;
import com.voiceorder.telephony.testing.TestCall;
import com.voiceorder.telephony.testing.TestEndpoint;
import com.voiceorder.telephony.testing.TestPhone;
import com.voiceorder.telephony.testing.TestRtpPeer;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NatTraversalTest {

    private TestEndpoint server;
    private TestPhone phone;
    private TestRtpPeer signalled;
    private TestRtpPeer natted;
    private TestRtpPeer foreign;

    @AfterEach
    void stop() {
        ParallelClose.closeAll(signalled, natted, foreign, phone, server);
    }

    @Test
    void the_public_address_is_advertised_in_contact_and_sdp() throws Exception {
        server = new TestEndpoint(TelephonyConfig.Limits.defaults(), List.of(TestEndpoint.loopbackGatewayLine(2)),
                "203.0.113.7");
        phone = TestPhone.start();
        signalled = new TestRtpPeer();
        TestCall call = phone.invite(server.uri("+33491000000"), "0612345678", TestPhone.offer(signalled.port(), "8"));
        await().atMost(Duration.ofSeconds(5)).until(() -> call.hasFinal(200));
        ContactHeader contact = (ContactHeader) call.last(200).getHeader(ContactHeader.NAME);
        assertThat(((SipURI) contact.getAddress().getURI()).getHost()).isEqualTo("203.0.113.7");
        assertThat(call.answer().connectionAddress()).isEqualTo("203.0.113.7");
    }

    @Test
    void rtp_latches_to_the_source_of_the_first_packets_from_the_signalled_ip_only() throws Exception {
        server = new TestEndpoint(TelephonyConfig.Limits.defaults(), List.of(TestEndpoint.loopbackGatewayLine(2)));
        phone = TestPhone.start();
        signalled = new TestRtpPeer();                                   // the port written in the SDP
        natted = new TestRtpPeer();                                      // what the NAT really uses
        foreign = new TestRtpPeer(InetAddress.getByName("127.0.0.2"));   // someone else
        TestCall call = phone.invite(server.uri("+33491000000"), "0612345678", TestPhone.offer(signalled.port(), "8"));
        await().atMost(Duration.ofSeconds(5)).until(() -> call.hasFinal(200));
        for (TestRtpPeer peer : List.of(signalled, natted, foreign)) {
            peer.target(call.answeredMediaAddress());
        }

        foreign.sendAudio(G711.PCMA, filled((byte) 0x33));
        natted.sendAudio(G711.PCMA, filled((byte) 0x44));
        await().atMost(Duration.ofSeconds(5)).until(() -> server.media().get(0).audio().length == 160);
        foreign.sendAudio(G711.PCMA, filled((byte) 0x33));
        natted.sendAudio(G711.PCMA, filled((byte) 0x44));
        await().atMost(Duration.ofSeconds(5)).until(() -> server.media().get(0).audio().length == 320);

        assertThat(server.media().get(0).audio()).containsOnly((byte) 0x44);
        server.sessions().get(0).outboundAudio().write(filled((byte) 0x55));
        await().atMost(Duration.ofSeconds(5)).until(() -> natted.receivedPayload(8).length >= 160);
        assertThat(natted.receivedPayload(8)).contains((byte) 0x55);
        assertThat(foreign.received()).isEmpty();
    }

    private static byte[] filled(byte value) {
        byte[] bytes = new byte[160];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
