package com.voiceorder.calls.application;

import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.calls.infrastructure.JpaPhoneLineRepository;
import com.voiceorder.shared.crypto.SecretCipher;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The real {@link PhoneLineService}, each call in its own transaction as in the container. */
public final class TransactionalPhoneLines extends PhoneLineService {

    private final TestDatabase db;
    private final SecretCipher cipher;

    public TransactionalPhoneLines(TestDatabase db, SecretCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    private <T> T tx(Function<PhoneLineService, T> work) {
        return db.inTransaction((EntityManager em) ->
                work.apply(new PhoneLineService(new JpaPhoneLineRepository(em), cipher)));
    }

    @Override
    public PhoneLine create(Long restaurantId, PhoneLineCommand command) {
        return tx(service -> service.create(restaurantId, command));
    }

    @Override
    public PhoneLine update(Long restaurantId, Long lineId, PhoneLineCommand command) {
        return tx(service -> service.update(restaurantId, lineId, command));
    }

    @Override
    public PhoneLine setEnabled(Long restaurantId, Long lineId, boolean enabled) {
        return tx(service -> service.setEnabled(restaurantId, lineId, enabled));
    }

    @Override
    public List<PhoneLine> enabledLines() {
        return tx(PhoneLineService::enabledLines);
    }

    @Override
    public List<PhoneLine> list(Long restaurantId) {
        return tx(service -> service.list(restaurantId));
    }

    @Override
    public List<PhoneLine> allLines() {
        return tx(PhoneLineService::allLines);
    }

    @Override
    public PhoneLine get(Long restaurantId, Long lineId) {
        return tx(service -> service.get(restaurantId, lineId));
    }

    @Override
    public int recordLineErrors(List<LineProblem> problems, java.time.Instant at) {
        return tx(service -> service.recordLineErrors(problems, at));
    }

    @Override
    public Optional<String> sipPassword(Long restaurantId, Long lineId) {
        return tx(service -> service.sipPassword(restaurantId, lineId));
    }
}
