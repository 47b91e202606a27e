package com.voiceorder.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voiceorder.telephony.TelephonyConfig;
import com.voiceorder.telephony.call.CallSession;
import com.voiceorder.telephony.call.EndReason;
import com.voiceorder.telephony.media.DtmfDigit;
import com.voiceorder.telephony.media.G711;
import com.voiceorder.telephony.sdp.AudioOffer;
import com.voiceorder.telephony.sdp.MediaDirection;
import com.voiceorder.telephony.testing.ParallelClose;
import com.voiceorder.telephony.testing.TestCall;
import com.voiceorder.telephony.testing.TestEndpoint;
import com.voiceorder.telephony.testing.TestPhone;
import com.voiceorder.telephony.testing.TestRtpPeer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One endpoint and one test phone serve all scenarios of this class (stopping a JAIN-SIP stack costs a
 * second); each scenario gets a fresh RTP peer, and every call is ended and forgotten after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallFlowTest {

    private TestEndpoint server;
    private TestPhone phone;
    private TestRtpPeer rtp;

    @BeforeAll
    void startStacks() throws Exception {
        server = new TestEndpoint(TelephonyConfig.Limits.defaults(), List.of(TestEndpoint.loopbackGatewayLine(4)));
        phone = TestPhone.start();
    }

    @AfterAll
    void stopStacks() {
        ParallelClose.closeAll(phone, server);
    }

    @BeforeEach
    void freshScenario() throws Exception {
        rtp = new TestRtpPeer();
        server.behaviour(server::answer);
    }

    @AfterEach
    void endCalls() throws Exception {
        server.sessions().forEach(session -> session.hangUp());
        server.offered().forEach(offered -> offered.reject(480));
        await().atMost(Duration.ofSeconds(5)).until(() -> server.endpoint().activeCalls() == 0);
        server.forgetCalls();
        rtp.close();
    }

    private TestCall answeredCall(String payloadTypes) throws Exception {
        TestCall call = phone.invite(server.uri("+33491000000"), "0612345678", TestPhone.offer(rtp.port(), payloadTypes));
        await().atMost(Duration.ofSeconds(5)).until(() -> call.hasFinal(200));
        rtp.target(call.answeredMediaAddress());
        return call;
    }

    @Test
    void an_answered_call_carries_audio_both_ways_with_20_ms_spacing() throws Exception {
        TestCall call = answeredCall("8 0 101");

        assertThat(call.statuses()).containsSubsequence(100, 180, 200);
        AudioOffer answer = call.answer();
        assertThat(answer.payloadTypes()).containsExactly(8, 101);
        assertThat(server.offered()).singleElement().satisfies(offered -> {
            assertThat(offered.caller()).hasValueSatisfying(n -> assertThat(n.e164()).isEqualTo("+33612345678"));
            assertThat(offered.codec()).isEqualTo(G711.PCMA);
            assertThat(offered.lineId()).isEqualTo("line-1");
        });

        byte[] spoken = new byte[240];
        Arrays.fill(spoken, (byte) 0x11);
        for (int i = 0; i < 5; i++) {
            rtp.sendAudio(G711.PCMA, spoken); // 30 ms frames, as SIPp's pcap sends
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> server.media().get(0).audio().length == 5 * 240);

        CallSession session = server.sessions().get(0);
        byte[] reply = new byte[1600];
        Arrays.fill(reply, (byte) 0x22);
        assertThat(session.outboundAudio().write(reply)).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> countPayloads(rtp, (byte) 0x22) == 10);

        List<Long> arrivals = rtp.received().stream()
                .filter(r -> r.packet().payload()[0] == (byte) 0x22)
                .map(TestRtpPeer.Received::arrivalNanos).toList();
        long spanMillis = (arrivals.get(arrivals.size() - 1) - arrivals.get(0)) / 1_000_000;
        assertThat(spanMillis).as("10 frames paced at 20 ms").isBetween(150L, 260L);
        assertThat(session.outboundAudio().playedMillis()).isEqualTo(200);
        assertThat(rtp.received()).allSatisfy(r -> assertThat(r.packet().payloadType()).isEqualTo(8));
        assertThat(server.threadsCreated()).as("threads made by the factory passed in").isPositive();
    }

    private static long countPayloads(TestRtpPeer rtp, byte marker) {
        return rtp.received().stream().filter(r -> r.packet().payload()[0] == marker).count();
    }

    @Test
    void a_call_over_tcp_is_answered_carries_audio_and_is_hung_up_over_tcp() throws Exception {
        TestCall call = phone.invite(server.uri("+33491000000") + ";transport=tcp", "0612345678",
                TestPhone.offer(rtp.port(), "8 101"));
        await().atMost(Duration.ofSeconds(5)).until(() -> call.hasFinal(200));
        rtp.target(call.answeredMediaAddress());

        javax.sip.header.ViaHeader via = (javax.sip.header.ViaHeader) call.last(200).getHeader("Via");
        assertThat(via.getTransport()).isEqualToIgnoringCase("TCP");
        javax.sip.header.ContactHeader contact = (javax.sip.header.ContactHeader) call.last(200).getHeader("Contact");
        assertThat(((javax.sip.address.SipURI) contact.getAddress().getURI()).getTransportParam())
                .isEqualToIgnoringCase("tcp");
        rtp.sendAudio(G711.PCMA, new byte[160]);
        await().atMost(Duration.ofSeconds(5)).until(() -> server.media().get(0).audio().length == 160);

        server.sessions().get(0).hangUp();
        await().atMost(Duration.ofSeconds(5)).until(call::receivedBye);
        javax.sip.message.Request bye = phone.requestsReceived().stream()
                .filter(request -> request.getMethod().equals(javax.sip.message.Request.BYE))
                .filter(request -> call.callId().equals(((javax.sip.header.CallIdHeader) request.getHeader("Call-ID")).getCallId()))
                .findFirst().orElseThrow();
        assertThat(((javax.sip.header.ViaHeader) bye.getHeader("Via")).getTransport()).isEqualToIgnoringCase("TCP");
        await().atMost(Duration.ofSeconds(5)).until(() -> !server.media().get(0).endings().isEmpty());
        assertThat(server.media().get(0).endings()).containsExactly(EndReason.HUNG_UP);
    }

    @Test
    void pcmu_is_chosen_when_the_caller_prefers_it() throws Exception {
        TestCall call = answeredCall("0 8");
        assertThat(call.answer().payloadTypes()).containsExactly(0);
        assertThat(server.offered().get(0).dtmfOffered()).isFalse();
    }

    @Test
    void dtmf_keys_are_reported_once_each() throws Exception {
        answeredCall("8 101");
        rtp.sendDtmf(DtmfDigit.D1, 101);
        rtp.sendDtmf(DtmfDigit.POUND, 101);
        await().atMost(Duration.ofSeconds(5)).until(() -> server.media().get(0).digits().size() >= 2);
        rtp.sendAudio(G711.PCMA, new byte[160]);
        await().atMost(Duration.ofSeconds(5)).until(() -> server.media().get(0).audio().length == 160);
        assertThat(server.media().get(0).digits()).containsExactly(DtmfDigit.D1, DtmfDigit.POUND);
    }

    @Test
    void a_bye_from_the_caller_ends_the_call_once() throws Exception {
        TestCall call = answeredCall("8");
        call.bye();
        await().atMost(Duration.ofSeconds(5)).until(() -> call.statuses(javax.sip.message.Request.BYE).contains(200));
        await().atMost(Duration.ofSeconds(5)).until(() -> !server.media().get(0).endings().isEmpty());
        assertThat(server.media().get(0).endings()).containsExactly(EndReason.CALLER_HUNG_UP);
        assertThat(server.endpoint().activeCalls()).isZero();
        assertThat(server.endpoint().lineStatus("line-1")).hasValueSatisfying(s -> assertThat(s.callsInProgress()).isZero());
    }

    @Test
    void hanging_up_sends_a_bye_to_the_caller() throws Exception {
        TestCall call = answeredCall("8");
        server.sessions().get(0).hangUp();
        await().atMost(Duration.ofSeconds(5)).until(call::receivedBye);
        await().atMost(Duration.ofSeconds(5)).until(() -> !server.media().get(0).endings().isEmpty());
        assertThat(server.media().get(0).endings()).containsExactly(EndReason.HUNG_UP);
        assertThat(server.sessions().get(0).isEnded()).isTrue();
    }

    @Test
    void a_cancel_before_the_answer_gets_487_and_ends_the_offered_call() throws Exception {
        server.behaviour(offered -> offered.ring());
        TestCall call = phone.invite(server.uri("+33491000000"), "0612345678", TestPhone.offer(rtp.port(), "8"));
        await().atMost(Duration.ofSeconds(5)).until(() -> call.statuses().contains(180));
        call.cancel();
        await().atMost(Duration.ofSeconds(5)).until(() -> call.statuses(javax.sip.message.Request.INVITE).contains(487));
        assertThat(call.statuses(javax.sip.message.Request.CANCEL)).contains(200);
        assertThat(server.offered().get(0).ended().toCompletableFuture().get()).isEqualTo(EndReason.CANCELLED);
        assertThat(server.endpoint().activeCalls()).isZero();
    }

    @Test
    void a_re_invite_puts_the_call_on_hold_and_resumes_it() throws Exception {
        TestCall call = answeredCall("8");
        call.reInvite(TestPhone.offer(rtp.port(), "8").replace("a=sendrecv", "a=sendonly"));
        await().atMost(Duration.ofSeconds(5)).until(() -> call.statuses(javax.sip.message.Request.INVITE).size() >= 4);
        assertThat(call.answer().direction()).isEqualTo(MediaDirection.RECVONLY);

        call.reInvite(TestPhone.offer(rtp.port(), "8"));
        await().atMost(Duration.ofSeconds(5)).until(() -> call.statuses(javax.sip.message.Request.INVITE).size() >= 5);
        assertThat(call.answer().direction()).isEqualTo(MediaDirection.SENDRECV);
        assertThat(server.sessions().get(0).isEnded()).isFalse();
    }
}
