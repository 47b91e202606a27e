package com.voiceorder.calls.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.calls.domain.LineMode;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.calls.infrastructure.JpaPhoneLineRepository;
import com.voiceorder.shared.crypto.SecretCipher;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.RecordingEvent;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Saving a line tells telephony (after commit, by the observer) to serve the new state. */
class PhoneLineEventsTest {

    private TestDatabase db;
    private final SecretCipher cipher = new SecretCipher(SecretCipher.generateKey());
    private final RecordingEvent<PhoneLinesChanged> changes = new RecordingEvent<>();
    private long restaurant;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.h2();
        db.inTransaction(em -> {
            restaurant = Fixtures.restaurant(em);
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private static PhoneLineCommand command(boolean enabled) {
        return new PhoneLineCommand(new PhoneNumber("+33491000001"), "Salle", LineMode.ACCEPT_FROM_GATEWAY, enabled,
                null, Set.of("127.0.0.1"), false, null, null, null);
    }

    @Test
    void creating_and_updating_a_line_announce_the_change() {
        PhoneLine created = db.inTransaction((EntityManager em) ->
                new PhoneLineService(new JpaPhoneLineRepository(em), cipher, changes).create(restaurant, command(true)));
        db.inTransaction((EntityManager em) -> new PhoneLineService(new JpaPhoneLineRepository(em), cipher, changes)
                .update(restaurant, created.getId(), command(false)));

        assertThat(changes.fired()).containsExactly(
                new PhoneLinesChanged(restaurant, created.getId()),
                new PhoneLinesChanged(restaurant, created.getId()));
    }
}
