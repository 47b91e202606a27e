package com.voiceorder.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voiceorder.telephony.TelephonyConfig;
import com.voiceorder.telephony.call.EndReason;
import com.voiceorder.telephony.line.LineMode;
import com.voiceorder.telephony.line.SipLine;
import com.voiceorder.telephony.testing.ParallelClose;
import com.voiceorder.telephony.testing.RawSip;
import com.voiceorder.telephony.testing.TestCall;
import com.voiceorder.telephony.testing.TestEndpoint;
import com.voiceorder.telephony.testing.TestPhone;
import com.voiceorder.telephony.testing.TestRtpPeer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import javax.sip.header.RetryAfterHeader;
import javax.sip.message.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Scenarios with default limits share one endpoint and phone (each sets its own line first and ends its
 * calls after); scenarios with special limits get their own endpoint. A JAIN-SIP stack takes 1 s to stop.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdmissionAndProtectionTest {

    private TestEndpoint shared;
    private TestEndpoint own;
    private TestEndpoint server;
    private TestPhone phone;
    private TestRtpPeer rtp;

    @BeforeAll
    void startStacks() throws Exception {
        shared = new TestEndpoint(TelephonyConfig.Limits.defaults(), List.of());
        phone = TestPhone.start();
    }

    @AfterAll
    void stopStacks() {
        ParallelClose.closeAll(phone, shared);
    }

    @BeforeEach
    void freshScenario() throws Exception {
        rtp = new TestRtpPeer();
        own = null;
    }

    @AfterEach
    void endScenario() throws Exception {
        if (own != null) {
            ParallelClose.closeAll(rtp, own);
            return;
        }
        shared.sessions().forEach(session -> session.hangUp());
        await().atMost(Duration.ofSeconds(5)).until(() -> shared.endpoint().activeCalls() == 0);
        shared.forgetCalls();
        shared.setLines(List.of());
        rtp.close();
    }

    private void serve(TelephonyConfig.Limits limits, SipLine line) throws Exception {
        if (limits.equals(TelephonyConfig.Limits.defaults())) {
            server = shared;
            server.setLines(List.of(line));
        } else {
            own = new TestEndpoint(limits, List.of(line));
            server = own;
        }
    }

    private TestCall call(String number) throws Exception {
        return phone.invite(server.uri(number), "0612345678", TestPhone.offer(rtp.port(), "8 101"));
    }

    private static int finalStatus(TestCall call) {
        await().atMost(Duration.ofSeconds(5)).until(() -> call.statuses().stream().anyMatch(s -> s >= 200));
        return call.statuses().stream().filter(s -> s >= 200).findFirst().orElseThrow();
    }

    @Test
    void options_is_answered_200_and_unknown_methods_405() throws Exception {
        serve(TelephonyConfig.Limits.defaults(), TestEndpoint.loopbackGatewayLine(2));
        TestCall options = phone.send(phone.request(Request.OPTIONS, server.uri("+33491000000"), "gw"));
        TestCall message = phone.send(phone.request(Request.MESSAGE, server.uri("+33491000000"), "gw"));
        assertThat(finalStatus(options)).isEqualTo(200);
        assertThat(options.last(200).getHeaders("Allow")).toIterable().isNotEmpty();
        assertThat(finalStatus(message)).isEqualTo(405);
    }

    @Test
    void an_unknown_number_gets_404_and_an_offer_without_g711_gets_488() throws Exception {
        serve(TelephonyConfig.Limits.defaults(), TestEndpoint.loopbackGatewayLine(2));
        assertThat(finalStatus(call("+33499999999"))).isEqualTo(404);
        TestCall g722 = phone.invite(server.uri("+33491000000"), "0612345678",
                TestPhone.offer(rtp.port(), "9").replace("a=rtpmap:8 PCMA/8000", "a=rtpmap:9 G722/8000"));
        assertThat(finalStatus(g722)).isEqualTo(488);
        assertThat(server.offered()).isEmpty();
    }

    @Test
    void a_caller_from_an_unknown_source_is_refused_403_unless_the_line_accepts_any() throws Exception {
        SipLine strict = SipLine.gateway("line-1", TestEndpoint.NUMBER, null, List.of("10.9.9.0/24"), 2);
        serve(TelephonyConfig.Limits.defaults(), strict);
        assertThat(finalStatus(call("+33491000000"))).isEqualTo(403);
        assertThat(server.endpoint().lineStatus("line-1")).hasValueSatisfying(
                status -> assertThat(status.lastError()).contains("unknown source"));

        server.setLines(List.of(new SipLine("line-1", TestEndpoint.NUMBER, LineMode.ACCEPT_FROM_GATEWAY, null, null,
                List.of("10.9.9.0/24"), true, false, 2)));
        assertThat(finalStatus(call("0491000000"))).isEqualTo(200);
    }

    @Test
    void calls_beyond_the_line_limit_get_486_busy_here() throws Exception {
        serve(TelephonyConfig.Limits.defaults(), TestEndpoint.loopbackGatewayLine(1));
        assertThat(finalStatus(call("+33491000000"))).isEqualTo(200);
        assertThat(finalStatus(call("+33491000000"))).isEqualTo(486);
        assertThat(server.endpoint().lineStatus("line-1")).hasValueSatisfying(
                status -> assertThat(status.callsInProgress()).isEqualTo(1));
    }

    @Test
    void invites_beyond_the_rate_limit_get_503_with_retry_after() throws Exception {
        serve(TelephonyConfig.Limits.defaults().withInviteRate(0.2, 2), TestEndpoint.loopbackGatewayLine(10));
        assertThat(finalStatus(call("+33491000000"))).isEqualTo(200);
        assertThat(finalStatus(call("+33491000000"))).isEqualTo(200);
        TestCall third = call("+33491000000");
        assertThat(finalStatus(third)).isEqualTo(503);
        RetryAfterHeader retryAfter = (RetryAfterHeader) third.last(503).getHeader(RetryAfterHeader.NAME);
        assertThat(retryAfter.getRetryAfter()).isBetween(1, 5);
    }

    @Test
    void garbage_and_broken_messages_do_not_disturb_the_stack() throws Exception {
        serve(TelephonyConfig.Limits.defaults(), TestEndpoint.loopbackGatewayLine(2));
        TestCall before = call("+33491000000");
        assertThat(finalStatus(before)).isEqualTo(200);
        try (RawSip raw = new RawSip(server.sipPort())) {
            byte[] noise = new byte[700];
            new Random(7).nextBytes(noise);
            raw.send(noise);
            raw.send("\r\n\r\n".getBytes(StandardCharsets.US_ASCII)); // keep-alive
            raw.send("HELLO WORLD\r\n\r\n");
            // a header the stack cannot parse: the JAIN-SIP RI itself answers 400
            raw.send(brokenInvite(raw.port(), "broken-1@test", "CSeq: one INVITE", "v=0\r\n"));
            assertThat(raw.await("SIP/2.0 400", 3000)).contains("broken-1@test");
            // a well-formed INVITE whose SDP is unusable: we answer 400
            raw.send(brokenInvite(raw.port(), "broken-2@test", "CSeq: 1 INVITE", "v=0\r\nm=audio\r\n"));
            assertThat(raw.await("SIP/2.0 400", 3000)).contains("broken-2@test");
        }
        TestCall after = call("+33491000000");
        assertThat(finalStatus(after)).isEqualTo(200);
        assertThat(server.sessions()).hasSize(2).noneMatch(session -> session.isEnded());
    }

    private static String brokenInvite(int port, String callId, String cseq, String body) {
        return "INVITE sip:+33491000000@127.0.0.1 SIP/2.0\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + port + ";branch=z9hG4bK" + callId.hashCode() + ";rport\n"
                + "From: <sip:0612345678@127.0.0.1>;tag=1\n"
                + "To: <sip:+33491000000@127.0.0.1>\n"
                + "Call-ID: " + callId + "\n"
                + cseq + "\n"
                + "Max-Forwards: 70\n"
                + "Contact: <sip:0612345678@127.0.0.1:" + port + ">\n"
                + "Content-Type: application/sdp\n"
                + "Content-Length: " + body.length() + "\n\n"
                + body;
    }

    @Test
    void an_invite_of_ten_kilobytes_over_udp_is_read_whole() throws Exception {
        serve(TelephonyConfig.Limits.defaults(), TestEndpoint.loopbackGatewayLine(2));
        try (RawSip raw = new RawSip(server.sipPort())) {
            String sdp = TestPhone.offer(rtp.port(), "8");
            String invite = "INVITE sip:+33491000000@127.0.0.1 SIP/2.0\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + raw.port() + ";branch=z9hG4bKbig1;rport\n"
                    + "From: <sip:0612345678@127.0.0.1>;tag=1\n"
                    + "To: <sip:+33491000000@127.0.0.1>\n"
                    + "Call-ID: big-1@test\n"
                    + "CSeq: 1 INVITE\n"
                    + "Max-Forwards: 70\n"
                    + "X-Padding: " + "p".repeat(10_000) + "\n"
                    + "Contact: <sip:0612345678@127.0.0.1:" + raw.port() + ">\n"
                    + "Content-Type: application/sdp\n"
                    + "Content-Length: " + sdp.length() + "\n\n"
                    + sdp;
            assertThat(invite.length()).isBetween(10_000, SipEndpoint.MAX_MESSAGE_BYTES);
            raw.send(invite);
            String ok = raw.await("SIP/2.0 200", 3000);
            assertThat(ok).contains("big-1@test");
            String toTag = ok.replaceAll("(?s).*\\nTo:[^\\n]*;tag=([^;\\s]+).*", "$1");
            raw.send("ACK sip:+33491000000@127.0.0.1 SIP/2.0\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + raw.port() + ";branch=z9hG4bKbig1ack;rport\n"
                    + "From: <sip:0612345678@127.0.0.1>;tag=1\n"
                    + "To: <sip:+33491000000@127.0.0.1>;tag=" + toTag + "\n"
                    + "Call-ID: big-1@test\n"
                    + "CSeq: 1 ACK\n"
                    + "Max-Forwards: 70\n"
                    + "Content-Length: 0\n\n");
            await().atMost(Duration.ofSeconds(2)).until(() -> server.endpoint().activeCalls() == 1);
            server.sessions().forEach(session -> session.hangUp());
            await().atMost(Duration.ofSeconds(5)).until(() -> server.endpoint().activeCalls() == 0);
        }
    }

    @Test
    void a_retransmitted_invite_is_offered_to_the_application_once() throws Exception {
        serve(TelephonyConfig.Limits.defaults(), TestEndpoint.loopbackGatewayLine(2));
        try (RawSip raw = new RawSip(server.sipPort())) {
            String invite = "INVITE sip:+33491000000@127.0.0.1 SIP/2.0\n"
                    + "Via: SIP/2.0/UDP 10.1.2.3:5999;branch=z9hG4bKretrans1;rport\n"
                    + "From: <sip:0612345678@127.0.0.1>;tag=1\n"
                    + "To: <sip:+33491000000@127.0.0.1>\n"
                    + "Call-ID: retrans-1@test\n"
                    + "CSeq: 1 INVITE\n"
                    + "Max-Forwards: 70\n"
                    + "Contact: <sip:0612345678@127.0.0.1:" + raw.port() + ">\n"
                    + "Content-Type: application/sdp\n"
                    + "Content-Length: " + TestPhone.offer(rtp.port(), "8").length() + "\n\n"
                    + TestPhone.offer(rtp.port(), "8");
            raw.send(invite);
            raw.send(invite);
            String ok = raw.await("SIP/2.0 200", 3000);
            raw.send(invite);
            // rport (RFC 3581): answered to the packet's source with received/rport, not to the Via host
            assertThat(ok).containsPattern("rport=" + raw.port()).contains("received=127.0.0.1");
        }
        await().atMost(Duration.ofSeconds(2)).until(() -> server.endpoint().activeCalls() == 1);
        assertThat(server.offered()).hasSize(1);
    }

    @Test
    void a_call_without_rtp_is_hung_up_after_the_timeout() throws Exception {
        serve(TelephonyConfig.Limits.defaults().withNoRtpTimeout(Duration.ofSeconds(1)),
                TestEndpoint.loopbackGatewayLine(2));
        TestCall call = call("+33491000000");
        assertThat(finalStatus(call)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(call::receivedBye);
        await().atMost(Duration.ofSeconds(2)).until(() -> !server.media().get(0).endings().isEmpty());
        assertThat(server.media().get(0).endings()).containsExactly(EndReason.NO_RTP);
    }

    @Test
    void a_call_longer_than_the_maximum_duration_gets_a_bye() throws Exception {
        serve(TelephonyConfig.Limits.defaults().withMaxCallDuration(Duration.ofSeconds(1)),
                TestEndpoint.loopbackGatewayLine(2));
        TestCall call = call("+33491000000");
        assertThat(finalStatus(call)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(call::receivedBye);
        await().atMost(Duration.ofSeconds(2)).until(() -> !server.media().get(0).endings().isEmpty());
        assertThat(server.media().get(0).endings()).containsExactly(EndReason.MAX_DURATION);
        assertThat(server.endpoint().activeCalls()).isZero();
    }
}
