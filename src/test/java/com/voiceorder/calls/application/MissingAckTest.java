package com.voiceorder.calls.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voiceorder.calls.domain.Call;
import com.voiceorder.calls.domain.CallOutcome;
import com.voiceorder.calls.domain.LineMode;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.telephony.TelephonyConfig;
import com.voiceorder.telephony.line.SipLine;
import com.voiceorder.telephony.media.AudioClip;
import com.voiceorder.telephony.media.G711;
import com.voiceorder.telephony.testing.ParallelClose;
import com.voiceorder.telephony.testing.RawSip;
import com.voiceorder.telephony.testing.TestEndpoint;
import com.voiceorder.telephony.testing.TestPhone;
import com.voiceorder.telephony.testing.TestRtpPeer;
import com.voiceorder.telephony.voicemail.VoicemailRecorder;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A caller whose ACK never comes (a NAT dropping it, a broken gateway): the real SIP endpoint ends the call
 * after the ACK timeout, sends BYE, frees the line's slot, and the Call record says why.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class MissingAckTest {

    private static final String NUMBER = "+33491000001";

    @Parameter
    DatabaseKind kind;

    @TempDir
    Path dataDir;

    private TestDatabase db;
    private TestEndpoint server;
    private RawSip caller;
    private TestRtpPeer rtp;
    private ExecutorService executor;
    private String lineId;

    @BeforeEach
    void start() throws Exception {
        db = TestDatabase.create(kind);
        db.inTransaction(em -> {
            long restaurant = Fixtures.restaurant(em);
            PhoneLine line = new PhoneLine(restaurant, NUMBER, "Salle", LineMode.ACCEPT_FROM_GATEWAY);
            em.persist(line);
            em.flush();
            lineId = String.valueOf(line.getId());
        });
        executor = Executors.newFixedThreadPool(2);
        CallHandling handling = new CallHandling(new TransactionalJournal(db), null,
                new VoicemailRecorder(new AudioClip(G711.PCMA, new byte[800]), Duration.ofSeconds(120)), dataDir,
                executor, Clock.systemUTC());
        SipLine line = SipLine.gateway(lineId, new PhoneNumber(NUMBER), null, List.of("127.0.0.0/8"), 2);
        server = new TestEndpoint(TelephonyConfig.Limits.defaults().withAckTimeout(Duration.ofSeconds(1)), List.of(line));
        server.behaviour(handling::onIncomingCall);
        caller = new RawSip(server.sipPort());
        rtp = new TestRtpPeer();
    }

    @AfterEach
    void stop() {
        ParallelClose.closeAll(rtp, caller, server);
        executor.shutdownNow();
        db.close();
    }

    @Test
    void an_answer_never_acknowledged_ends_the_call_with_a_bye_and_a_failed_call_record() throws Exception {
        String sdp = TestPhone.offer(rtp.port(), "8");
        caller.send("INVITE sip:" + NUMBER + "@127.0.0.1 SIP/2.0\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + caller.port() + ";branch=z9hG4bKnoack1;rport\n"
                + "From: <sip:0612345678@127.0.0.1>;tag=caller1\n"
                + "To: <sip:" + NUMBER + "@127.0.0.1>\n"
                + "Call-ID: no-ack-1@test\n"
                + "CSeq: 1 INVITE\n"
                + "Max-Forwards: 70\n"
                + "Contact: <sip:0612345678@127.0.0.1:" + caller.port() + ">\n"
                + "Content-Type: application/sdp\n"
                + "Content-Length: " + sdp.length() + "\n\n"
                + sdp);

        caller.await("SIP/2.0 200", 5000);
        assertThat(server.endpoint().activeCalls()).isEqualTo(1);
        String bye = caller.await("BYE ", 5000); // 200 OK retransmissions are skipped; no ACK is ever sent

        assertThat(bye).contains("Call-ID: no-ack-1@test");
        await().atMost(Duration.ofSeconds(5)).until(() -> server.endpoint().activeCalls() == 0);
        assertThat(server.endpoint().lineStatus(lineId).orElseThrow().callsInProgress()).isZero();
        await().atMost(Duration.ofSeconds(5)).until(() -> calls().stream().anyMatch(call -> call.getEndedAt() != null));
        Call record = calls().get(0);
        assertThat(record.getOutcome()).isEqualTo(CallOutcome.FAILED);
        assertThat(record.getSipReason()).isEqualTo("no ACK for 200 OK");
        assertThat(record.getLineId()).isEqualTo(Long.valueOf(lineId));
    }

    private List<Call> calls() {
        return db.inTransaction((EntityManager em) ->
                em.createQuery("SELECT c FROM PhoneCall c", Call.class).getResultList());
    }
}
