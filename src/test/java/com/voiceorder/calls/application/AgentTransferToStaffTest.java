package com.voiceorder.calls.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voiceorder.calls.application.CallJournal.StartedCall;
import com.voiceorder.telephony.TelephonyConfig;
import com.voiceorder.telephony.call.CallSession;
import com.voiceorder.telephony.line.SipCredentials;
import com.voiceorder.telephony.line.SipLine;
import com.voiceorder.telephony.testing.ParallelClose;
import com.voiceorder.telephony.testing.TestCall;
import com.voiceorder.telephony.testing.TestEndpoint;
import com.voiceorder.telephony.testing.TestPhone;
import com.voiceorder.telephony.testing.TestPhone.IncomingInvites;
import com.voiceorder.telephony.testing.TestRtpPeer;
import com.voiceorder.telephony.voicemail.VoicemailRecorder.Takeover;
import com.voiceorder.voice.ToolCall;
import com.voiceorder.voice.VoiceSession;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agent's transfer_to_staff over real SIP: a caller phone on a gateway line, our endpoint with the
 * agent conversation, and a staff phone registered as the line's gateway.
 */
class AgentTransferToStaffTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<CallSession> handedToVoicemail = new CopyOnWriteArrayList<>();
    private final AtomicBoolean agentClosed = new AtomicBoolean();
    private TestEndpoint server;
    private TestPhone caller;
    private TestPhone staff;
    private TestRtpPeer callerRtp;
    private TestRtpPeer staffRtp;
    private AgentConversation conversation;

    @BeforeEach
    void start() throws Exception {
        SipLine line = SipLine.gateway("3", TestEndpoint.NUMBER, SipCredentials.of("ht841", "fxo-pass"),
                List.of("127.0.0.0/8"), 4);
        server = new TestEndpoint(TelephonyConfig.Limits.defaults(), List.of(line));
        caller = TestPhone.start();
        staff = TestPhone.start();
        callerRtp = new TestRtpPeer();
        staffRtp = new TestRtpPeer();
        TestCall registration = staff.register(server.uri("ht841").replace("ht841@", ""), "ht841", "fxo-pass", 300);
        await().atMost(Duration.ofSeconds(5)).until(() -> registration.statuses().contains(200));
        CallTools transferTool = invocation -> ToolResult.ok(json -> json.put("transfer", true));
        conversation = new AgentConversation(new StartedCall(1L, 2L, 3L, "+33612000000"), transferTool,
                AgentPrices.GPT_REALTIME, new JournalSteps(null, task -> { }, 1L), executor, Clock.systemUTC(),
                this::voicemail, new BridgeStatistics(), AgentCallLimits.DEFAULTS);
        server.behaviour(call -> conversation.answer(call, new QuietAgent()));
    }

    private Takeover voicemail(CallSession session) {
        handedToVoicemail.add(session);
        return null;
    }

    @AfterEach
    void stop() throws Exception {
        ParallelClose.closeAll(caller, staff, server, callerRtp, staffRtp);
        executor.shutdownNow();
    }

    private TestCall callAndAskForAPerson() throws Exception {
        TestCall call = caller.invite(server.uri("+33491000000"), "0612345678", TestPhone.offer(callerRtp.port(), "8"));
        await().atMost(Duration.ofSeconds(5)).until(() -> call.hasFinal(200));
        conversation.onToolCall(new ToolCall("call_1", "transfer_to_staff", "{\"reason\":\"asks for a person\"}", false));
        return call;
    }

    @Test
    void the_agent_closes_and_the_caller_is_put_through_to_the_staff_phone() throws Exception {
        staff.answerInvites(IncomingInvites.ANSWER, staffRtp.port());

        TestCall call = callAndAskForAPerson();

        await().atMost(Duration.ofSeconds(10)).alias("our ACK to the staff phone 200 OK").until(() -> staff
                .requestsReceived().stream().anyMatch(r -> r.getMethod().equals(javax.sip.message.Request.ACK)));
        assertThat(agentClosed).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> server.endpoint().activeCalls() == 1);
        assertThat(staff.incomingCalls().get(0).requestsReceived().get(0).getRequestURI().toString())
                .startsWith("sip:+33612000000@127.0.0.1");
        assertThat(handedToVoicemail).isEmpty();
        assertThat(call.receivedBye()).isFalse();
    }

    @Test
    void a_busy_staff_phone_hands_the_caller_to_the_voicemail() throws Exception {
        staff.answerInvites(IncomingInvites.BUSY, staffRtp.port());

        callAndAskForAPerson();

        await().atMost(Duration.ofSeconds(10)).until(() -> handedToVoicemail.size() == 1);
        assertThat(agentClosed).isTrue();
        assertThat(staff.incomingCalls()).hasSize(1);
    }

    /** An agent session that says nothing more: the announcement is already played. */
    private final class QuietAgent implements VoiceSession {
        @Override
        public void sendCallerAudio(byte[] audio) {
        }

        @Override
        public void sendCallerAudio(byte[] audio, long receivedNanos) {
        }

        @Override
        public void submitToolResult(String callId, String resultJson) {
        }

        @Override
        public void truncatePlayed(long playedMillis) {
        }

        @Override
        public void say(String instructions) {
        }

        @Override
        public void close() {
            agentClosed.set(true);
        }
    }
}
