package com.voiceorder.calls.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.calls.domain.LineMode;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.shared.crypto.SecretCipher;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.telephony.line.LineStatus;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Telephony's problems with a line are stored on the line (and survive a restart), and cleared when it works. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class LineErrorRecorderTest {

    private static final Instant NOW = Instant.parse("2026-06-12T03:00:00Z");
    private static final com.voiceorder.telephony.line.LineMode TRUNK =
            com.voiceorder.telephony.line.LineMode.REGISTER_TO_TRUNK;

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private PhoneLineService lines;
    private LineErrorRecorder recorder;
    private long restaurant;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
        db.inTransaction(em -> {
            restaurant = Fixtures.restaurant(em);
        });
        lines = new TransactionalPhoneLines(db, new SecretCipher(SecretCipher.generateKey()));
        recorder = new LineErrorRecorder(lines, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private PhoneLine line(String number) {
        return lines.create(restaurant, new PhoneLineCommand(new PhoneNumber(number), "Salle",
                LineMode.ACCEPT_FROM_GATEWAY, true, null, Set.of("127.0.0.1"), false, null, null, null));
    }

    private PhoneLine reloaded(PhoneLine line) {
        return lines.get(restaurant, line.getId());
    }

    @Test
    void a_registration_failure_is_stored_on_the_line_and_cleared_once_registered() {
        PhoneLine line = line("+33491000011");
        String id = String.valueOf(line.getId());

        recorder.record(List.of(new LineStatus(id, TRUNK, false, 0, "Registration failed: 403 Forbidden", NOW)),
                Map.of());
        assertThat(reloaded(line).getLastError()).isEqualTo("Registration failed: 403 Forbidden");
        assertThat(reloaded(line).getLastErrorAt()).isEqualTo(NOW);

        recorder.record(List.of(new LineStatus(id, TRUNK, true, 0, null, NOW)), Map.of());
        assertThat(reloaded(line).getLastError()).isNull();
        assertThat(reloaded(line).getLastErrorAt()).isNull();
    }

    @Test
    void a_line_telephony_refuses_to_serve_gets_the_reason() {
        PhoneLine line = line("+33491000012");

        recorder.record(List.of(), Map.of(line.getId(), "Not served: the trunk account has no SIP password"));

        assertThat(reloaded(line).getLastError()).isEqualTo("Not served: the trunk account has no SIP password");
    }

    @Test
    void an_unchanged_error_is_not_written_again() {
        PhoneLine line = line("+33491000013");
        String id = String.valueOf(line.getId());
        LineStatus failing = new LineStatus(id, TRUNK, false, 0, "Registration failed: registrar did not answer", NOW);
        recorder.record(List.of(failing), Map.of());
        long version = reloaded(line).getVersion();

        recorder.record(List.of(failing), Map.of());

        assertThat(reloaded(line).getVersion()).isEqualTo(version);
        assertThat(lines.recordLineErrors(List.of(new LineProblem(line.getId(), failing.lastError())), NOW)).isZero();
    }

    @Test
    void statuses_of_lines_that_no_longer_exist_or_are_not_stored_lines_are_ignored() {
        PhoneLine line = line("+33491000014");

        recorder.record(List.of(new LineStatus("line-1", TRUNK, false, 0, "boom", NOW),
                new LineStatus("987654321", TRUNK, false, 0, "boom", NOW)), Map.of());

        assertThat(reloaded(line).getLastError()).isNull();
    }
}
