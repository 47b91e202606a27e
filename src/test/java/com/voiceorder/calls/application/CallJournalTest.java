package com.voiceorder.calls.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.calls.application.CallJournal.StartedCall;
import com.voiceorder.calls.application.CallJournal.Voicemail;
import com.voiceorder.calls.domain.Call;
import com.voiceorder.calls.domain.CallDirection;
import com.voiceorder.calls.domain.CallOutcome;
import com.voiceorder.calls.domain.LineMode;
import com.voiceorder.calls.domain.Message;
import com.voiceorder.calls.domain.MessageKind;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.shared.domain.IllegalTransitionException;
import com.voiceorder.shared.domain.NotFoundException;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The call journal writes call records and voicemails, each step in its own transaction. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class CallJournalTest {

    private static final Instant RANG = Instant.parse("2026-06-12T18:00:00Z");
    private static final Instant ANSWERED = RANG.plusSeconds(2);
    private static final Instant ENDED = RANG.plusSeconds(40);

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private CallJournal journal;
    private long restaurant;
    private long line;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
        journal = new TransactionalJournal(db);
        db.inTransaction(em -> {
            restaurant = Fixtures.restaurant(em);
            PhoneLine phoneLine = new PhoneLine(restaurant, "+33491000001", "Salle", LineMode.ACCEPT_FROM_GATEWAY);
            em.persist(phoneLine);
            em.flush();
            line = phoneLine.getId();
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private Call reload(long callId) {
        return db.inTransaction((EntityManager em) -> em.find(Call.class, callId));
    }

    private List<Message> messages() {
        return db.inTransaction((EntityManager em) -> em
                .createQuery("SELECT m FROM Message m WHERE m.restaurantId = :r", Message.class)
                .setParameter("r", restaurant).getResultList());
    }

    @Test
    void a_started_call_is_recorded_in_progress_for_the_restaurant_owning_the_line() {
        StartedCall started = journal.callStarted(line, "+33612345678", "+33491000001", RANG, false).orElseThrow();

        assertThat(started.restaurantId()).isEqualTo(restaurant);
        assertThat(started.lineId()).isEqualTo(line);
        Call call = reload(started.callId());
        assertThat(call.getRestaurantId()).isEqualTo(restaurant);
        assertThat(call.getLineId()).isEqualTo(line);
        assertThat(call.getCallerNumber()).isEqualTo("+33612345678");
        assertThat(call.getCalledNumber()).isEqualTo("+33491000001");
        assertThat(call.getDirection()).isEqualTo(CallDirection.INBOUND);
        assertThat(call.getStartedAt()).isEqualTo(RANG);
        assertThat(call.getOutcome()).isEqualTo(CallOutcome.IN_PROGRESS);
        assertThat(call.isTest()).isFalse();
        assertThat(started.test()).isFalse();
    }

    @Test
    void a_test_call_from_the_dashboard_is_recorded_as_a_test() {
        StartedCall started = journal.callStarted(line, null, "+33491000001", RANG, true).orElseThrow();

        assertThat(started.test()).isTrue();
        assertThat(reload(started.callId()).isTest()).isTrue();
    }

    @Test
    void a_call_on_a_line_that_no_longer_exists_is_not_recorded() {
        assertThat(journal.callStarted(line + 1000, null, "+33491000999", RANG, false)).isEmpty();
    }

    @Test
    void a_withheld_caller_is_recorded_without_a_number() {
        StartedCall started = journal.callStarted(line, null, "0491000001", RANG, false).orElseThrow();

        assertThat(reload(started.callId()).getCallerNumber()).isNull();
    }

    @Test
    void an_answered_call_is_closed_with_its_outcome_and_sip_reason() {
        StartedCall started = journal.callStarted(line, "+33612345678", "+33491000001", RANG, false).orElseThrow();

        journal.callAnswered(restaurant, started.callId(), ANSWERED);
        journal.callEnded(restaurant, started.callId(), ENDED, CallOutcome.ABANDONED, "BYE from caller");

        Call call = reload(started.callId());
        assertThat(call.getAnsweredAt()).isEqualTo(ANSWERED);
        assertThat(call.getEndedAt()).isEqualTo(ENDED);
        assertThat(call.getOutcome()).isEqualTo(CallOutcome.ABANDONED);
        assertThat(call.getSipReason()).isEqualTo("BYE from caller");
        assertThat(call.durationSeconds()).isEqualTo(38);
    }

    @Test
    void a_call_cancelled_while_ringing_is_missed() {
        StartedCall started = journal.callStarted(line, "+33612345678", "+33491000001", RANG, false).orElseThrow();

        journal.callEnded(restaurant, started.callId(), RANG.plusSeconds(5), CallOutcome.MISSED, "CANCEL from caller");

        Call call = reload(started.callId());
        assertThat(call.getOutcome()).isEqualTo(CallOutcome.MISSED);
        assertThat(call.getAnsweredAt()).isNull();
    }

    @Test
    void a_call_cannot_be_ended_twice() {
        StartedCall started = journal.callStarted(line, null, "+33491000001", RANG, false).orElseThrow();
        journal.callEnded(restaurant, started.callId(), ENDED, CallOutcome.MISSED, "CANCEL from caller");

        assertThatThrownBy(() -> journal.callEnded(restaurant, started.callId(), ENDED, CallOutcome.FAILED, "again"))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void a_call_of_another_restaurant_is_not_found() {
        StartedCall started = journal.callStarted(line, null, "+33491000001", RANG, false).orElseThrow();
        long other = db.inTransaction((EntityManager em) -> Fixtures.restaurant(em));

        assertThatThrownBy(() -> journal.callAnswered(other, started.callId(), ANSWERED))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_voicemail_is_filed_in_the_messages_and_closes_the_call() {
        StartedCall started = journal.callStarted(line, "+33612345678", "+33491000001", RANG, false).orElseThrow();
        journal.callAnswered(restaurant, started.callId(), ANSWERED);
        String path = "recordings/" + restaurant + "/2026-06-12/" + started.callId() + ".wav";

        journal.voicemailLeft(restaurant, started.callId(), new Voicemail("+33612345678", path, 12), ENDED,
                "BYE from caller");

        Call call = reload(started.callId());
        assertThat(call.getOutcome()).isEqualTo(CallOutcome.VOICEMAIL);
        assertThat(call.getEndedAt()).isEqualTo(ENDED);
        assertThat(messages()).singleElement().satisfies(message -> {
            assertThat(message.getKind()).isEqualTo(MessageKind.VOICEMAIL);
            assertThat(message.getCallId()).isEqualTo(started.callId());
            assertThat(message.getCallbackNumber()).isEqualTo("+33612345678");
            assertThat(message.getAudioPath()).isEqualTo(path);
            assertThat(message.getAudioDurationSeconds()).isEqualTo(12);
            assertThat(message.getCreatedAt()).isEqualTo(ENDED);
            assertThat(message.isHandled()).isFalse();
        });
    }
}
