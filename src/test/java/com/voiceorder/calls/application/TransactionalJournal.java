package com.voiceorder.calls.application;

import com.voiceorder.calls.domain.CallOutcome;
import com.voiceorder.calls.domain.Message;
import com.voiceorder.calls.infrastructure.JpaCallRepository;
import com.voiceorder.calls.infrastructure.JpaMessageRepository;
import com.voiceorder.calls.infrastructure.JpaPhoneLineRepository;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/** The real {@link CallJournal}, each call in its own transaction, as the container runs it. */
final class TransactionalJournal extends CallJournal {

    private final TestDatabase db;

    TransactionalJournal(TestDatabase db) {
        this.db = db;
    }

    static CallJournal in(EntityManager em) {
        return new CallJournal(new JpaPhoneLineRepository(em), new JpaCallRepository(em), new JpaMessageRepository(em));
    }

    private <T> T tx(Function<CallJournal, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(in(em)));
    }

    @Override
    public Optional<StartedCall> callStarted(Long lineId, String callerNumber, String calledNumber, Instant at,
                                             boolean test) {
        return tx(journal -> journal.callStarted(lineId, callerNumber, calledNumber, at, test));
    }

    @Override
    public void callAnswered(Long restaurantId, Long callId, Instant at) {
        tx(journal -> {
            journal.callAnswered(restaurantId, callId, at);
            return null;
        });
    }

    @Override
    public void callEnded(Long restaurantId, Long callId, Instant at, CallOutcome outcome, String reason) {
        tx(journal -> {
            journal.callEnded(restaurantId, callId, at, outcome, reason);
            return null;
        });
    }

    @Override
    public Message voicemailLeft(Long restaurantId, Long callId, Voicemail voicemail, Instant endedAt, String reason) {
        return tx(journal -> journal.voicemailLeft(restaurantId, callId, voicemail, endedAt, reason));
    }
}
