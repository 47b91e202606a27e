package com.voiceorder.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voiceorder.telephony.TelephonyConfig;
import com.voiceorder.telephony.call.CallSession;
import com.voiceorder.telephony.call.EndReason;
import com.voiceorder.telephony.call.TransferOutcome;
import com.voiceorder.telephony.line.SipCredentials;
import com.voiceorder.telephony.line.SipLine;
import com.voiceorder.telephony.media.G711;
import com.voiceorder.telephony.sdp.AudioOffer;
import com.voiceorder.telephony.sdp.SessionDescriptions;
import com.voiceorder.telephony.testing.ParallelClose;
import com.voiceorder.telephony.testing.TestCall;
import com.voiceorder.telephony.testing.TestEndpoint;
import com.voiceorder.telephony.testing.TestPhone;
import com.voiceorder.telephony.testing.TestPhone.IncomingInvites;
import com.voiceorder.telephony.testing.TestRtpPeer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sip.header.HeaderFactory;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import javax.sip.message.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Transfer to staff between real SIP user agents: a caller phone on a gateway line, and a staff phone
 * registered as that line's gateway (an HT841 places our calls to the staff number on the PSTN).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallTransferTest {

    private static final String STAFF = "+33612000000";
    private static final Duration SHORT_NO_ANSWER = Duration.ofMillis(1500);

    private TestEndpoint server;
    private TestPhone caller;
    private TestPhone staff;
    private TestRtpPeer callerRtp;
    private TestRtpPeer staffRtp;

    @BeforeAll
    void startStacks() throws Exception {
        SipLine line = SipLine.gateway("line-1", TestEndpoint.NUMBER, SipCredentials.of("ht841", "fxo-pass"),
                List.of("127.0.0.0/8"), 4);
        server = new TestEndpoint(TelephonyConfig.Limits.defaults(), List.of(line));
        caller = TestPhone.start();
        staff = TestPhone.start();
        TestCall registration = staff.register(server.uri("ht841").replace("ht841@", ""), "ht841", "fxo-pass", 300);
        await().atMost(Duration.ofSeconds(5)).until(() -> registration.statuses().contains(200));
    }

    @AfterAll
    void stopStacks() {
        ParallelClose.closeAll(caller, staff, server);
    }

    @BeforeEach
    void freshScenario() throws Exception {
        callerRtp = new TestRtpPeer();
        staffRtp = new TestRtpPeer();
        caller.answerRefers(202, "SIP/2.0 200 OK");
        staff.answerInvites(IncomingInvites.ANSWER, staffRtp.port());
    }

    @AfterEach
    void endCalls() throws Exception {
        server.sessions().forEach(CallSession::hangUp);
        await().atMost(Duration.ofSeconds(5)).until(() -> server.endpoint().activeCalls() == 0);
        server.forgetCalls();
        ParallelClose.closeAll(callerRtp, staffRtp);
    }

    private TestCall answeredCall(boolean callerAllowsRefer) throws Exception {
        Request invite = caller.request(Request.INVITE, server.uri("+33491000000"), "0612345678");
        HeaderFactory headers = new HeaderFactoryImpl();
        invite.setContent(TestPhone.offer(callerRtp.port(), "8"), headers.createContentTypeHeader("application", "sdp"));
        for (String method : callerAllowsRefer ? List.of("INVITE", "ACK", "BYE", "CANCEL", "REFER", "NOTIFY")
                : List.of("INVITE", "ACK", "BYE", "CANCEL")) {
            invite.addHeader(headers.createAllowHeader(method));
        }
        TestCall call = caller.send(invite);
        await().atMost(Duration.ofSeconds(5)).until(() -> call.hasFinal(200) && !server.sessions().isEmpty());
        callerRtp.target(call.answeredMediaAddress());
        return call;
    }

    private TestCall latestStaffCall() {
        List<TestCall> calls = staff.incomingCalls();
        return calls.get(calls.size() - 1);
    }

    private CallSession session() {
        return server.sessions().get(0);
    }

    private static TransferOutcome outcome(CompletableFuture<TransferOutcome> transfer) throws Exception {
        return transfer.get(10, TimeUnit.SECONDS);
    }

    @Test
    void a_refer_the_caller_side_carries_out_connects_and_we_leave_the_call() throws Exception {
        int staffCallsBefore = staff.incomingCalls().size();
        TestCall call = answeredCall(true);

        TransferOutcome result = outcome(session().transfer(STAFF, Duration.ofSeconds(5)).toCompletableFuture());

        assertThat(result).isEqualTo(TransferOutcome.CONNECTED);
        Request refer = call.requestsReceived().stream().filter(r -> r.getMethod().equals(Request.REFER))
                .findFirst().orElseThrow();
        assertThat(refer.getHeader("Refer-To").toString()).contains("sip:" + STAFF + "@127.0.0.1");
        assertThat(refer.getHeader("Referred-By").toString()).contains("+33491000000");
        assertThat(call.statuses(Request.NOTIFY)).as("our answer to the caller side's NOTIFY").containsExactly(200);
        await().atMost(Duration.ofSeconds(5)).until(call::receivedBye);
        await().atMost(Duration.ofSeconds(5)).until(() -> !server.media().get(0).endings().isEmpty());
        assertThat(server.media().get(0).endings()).containsExactly(EndReason.TRANSFERRED);
        assertThat(staff.incomingCalls()).as("the caller's side called the staff, not us").hasSize(staffCallsBefore);
    }

    @Test
    void a_notify_reporting_a_busy_staff_leaves_the_caller_with_us() throws Exception {
        caller.answerRefers(202, "SIP/2.0 486 Busy Here");
        TestCall call = answeredCall(true);

        assertThat(outcome(session().transfer(STAFF, Duration.ofSeconds(5)).toCompletableFuture()))
                .isEqualTo(TransferOutcome.NO_ANSWER);
        assertThat(session().isEnded()).isFalse();
        assertThat(call.receivedBye()).isFalse();
    }

    @Test
    void without_refer_the_staff_is_called_and_audio_is_relayed_both_ways_until_the_staff_hangs_up()
            throws Exception {
        TestCall call = answeredCall(false);

        TransferOutcome result = outcome(session().transfer(STAFF, Duration.ofSeconds(5)).toCompletableFuture());

        assertThat(result).isEqualTo(TransferOutcome.CONNECTED);
        TestCall staffCall = latestStaffCall();
        Request staffInvite = staffCall.requestsReceived().get(0);
        assertThat(staffInvite.getRequestURI().toString()).startsWith("sip:" + STAFF + "@127.0.0.1:" + staff.port());
        AudioOffer staffOffer = SessionDescriptions.parseAudio(
                new String(staffInvite.getRawContent(), StandardCharsets.UTF_8));
        assertThat(staffOffer.payloadTypes()).containsExactly(8);
        staffRtp.target(new InetSocketAddress(InetAddress.getByName(staffOffer.connectionAddress()), staffOffer.port()));

        byte[] callerVoice = filled(0x33);
        byte[] staffVoice = filled(0x44);
        for (int i = 0; i < 5; i++) {
            callerRtp.sendAudio(G711.PCMA, callerVoice);
            staffRtp.sendAudio(G711.PCMA, staffVoice);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> count(staffRtp, 0x33) >= 5 && count(callerRtp, 0x44) >= 5);
        assertThat(session().isEnded()).isFalse();

        staffCall.bye();
        await().atMost(Duration.ofSeconds(5)).until(call::receivedBye);
        await().atMost(Duration.ofSeconds(5)).until(() -> !server.media().get(0).endings().isEmpty());
        assertThat(server.media().get(0).endings()).containsExactly(EndReason.HUNG_UP);
    }

    @Test
    void when_the_caller_hangs_up_a_bridged_call_the_staff_gets_a_bye_too() throws Exception {
        TestCall call = answeredCall(false);
        assertThat(outcome(session().transfer(STAFF, Duration.ofSeconds(5)).toCompletableFuture()))
                .isEqualTo(TransferOutcome.CONNECTED);
        TestCall staffCall = latestStaffCall();

        call.bye();

        await().atMost(Duration.ofSeconds(5)).until(staffCall::receivedBye);
        await().atMost(Duration.ofSeconds(5)).until(() -> !server.media().get(0).endings().isEmpty());
        assertThat(server.media().get(0).endings()).containsExactly(EndReason.CALLER_HUNG_UP);
    }

    @Test
    void a_staff_phone_that_never_answers_is_cancelled_after_the_delay_and_the_caller_stays_with_us()
            throws Exception {
        staff.answerInvites(IncomingInvites.RING_FOREVER, staffRtp.port());
        TestCall call = answeredCall(false);
        long start = System.nanoTime();

        TransferOutcome result = outcome(session().transfer(STAFF, SHORT_NO_ANSWER).toCompletableFuture());

        assertThat(result).isEqualTo(TransferOutcome.NO_ANSWER);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(SHORT_NO_ANSWER);
        TestCall staffCall = latestStaffCall();
        await().atMost(Duration.ofSeconds(5)).until(() -> staffCall.requestsReceived().stream()
                .anyMatch(r -> r.getMethod().equals(Request.CANCEL)));
        assertThat(session().isEnded()).isFalse();
        assertThat(call.receivedBye()).isFalse();
        assertThat(session().outboundAudio().write(new byte[160])).as("the caller's leg still carries our audio")
                .isTrue();
    }

    @Test
    void a_busy_staff_phone_means_no_answer() throws Exception {
        staff.answerInvites(IncomingInvites.BUSY, staffRtp.port());
        answeredCall(false);

        assertThat(outcome(session().transfer(STAFF, Duration.ofSeconds(5)).toCompletableFuture()))
                .isEqualTo(TransferOutcome.NO_ANSWER);
        assertThat(session().isEnded()).isFalse();
    }

    @Test
    void a_refused_refer_falls_back_to_calling_the_staff_ourselves() throws Exception {
        caller.answerRefers(603, null);
        int staffCallsBefore = staff.incomingCalls().size();
        answeredCall(true);

        assertThat(outcome(session().transfer(STAFF, Duration.ofSeconds(5)).toCompletableFuture()))
                .isEqualTo(TransferOutcome.CONNECTED);
        assertThat(staff.incomingCalls()).hasSize(staffCallsBefore + 1);
    }

    private static byte[] filled(int value) {
        byte[] frame = new byte[160];
        Arrays.fill(frame, (byte) value);
        return frame;
    }

    private static long count(TestRtpPeer peer, int marker) {
        return peer.received().stream().filter(r -> r.packet().payload()[0] == (byte) marker).count();
    }
}
