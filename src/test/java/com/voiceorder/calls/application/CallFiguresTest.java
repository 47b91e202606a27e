package com.voiceorder.calls.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.calls.domain.Call;
import com.voiceorder.calls.domain.CallDirection;
import com.voiceorder.calls.domain.CallOutcome;
import com.voiceorder.calls.domain.Message;
import com.voiceorder.calls.domain.MessageKind;
import com.voiceorder.calls.infrastructure.JpaCallRepository;
import com.voiceorder.calls.infrastructure.JpaMessageRepository;
import com.voiceorder.shared.domain.NotFoundException;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class CallFiguresTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    @Parameter
    DatabaseKind kind;

    @TempDir
    Path dataDir;

    private TestDatabase db;
    private long restaurant;
    private long other;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
        db.inTransaction(em -> {
            restaurant = Fixtures.restaurant(em);
            other = Fixtures.restaurant(em);
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private void call(long restaurantId, Instant startedAt, CallOutcome outcome, Consumer<Call> then) {
        db.inTransaction((EntityManager em) -> {
            Call call = new Call(restaurantId, null, "+33612345678", "+33491000000", CallDirection.INBOUND, startedAt);
            if (outcome.requiresAnswer() || outcome == CallOutcome.VOICEMAIL) {
                call.answer(startedAt.plusSeconds(2));
            }
            then.accept(call);
            call.end(startedAt.plusSeconds(60), outcome, "BYE");
            new JpaCallRepository(em).save(call);
        });
    }

    private CallLogService service(EntityManager em) {
        return new CallLogService(new JpaCallRepository(em), new JpaMessageRepository(em), Clock.systemUTC());
    }

    @Test
    void calls_are_counted_per_day_and_outcome_with_conversion_latency_and_cost() {
        Instant noon = MONDAY.atTime(12, 0).atZone(PARIS).toInstant();
        call(restaurant, noon, CallOutcome.ORDER, c -> {
            c.recordLatency(4, 500, 800, 900);
            c.estimateCost(30_000);
        });
        call(restaurant, noon.plusSeconds(600), CallOutcome.INFO, c -> {
            c.recordLatency(2, 800, 900, 1000);
            c.estimateCost(10_000);
        });
        call(restaurant, noon.plusSeconds(1200), CallOutcome.MISSED, c -> { });
        call(restaurant, noon.plusSeconds(1300), CallOutcome.VOICEMAIL, c -> { });
        call(restaurant, noon.plusSeconds(1400), CallOutcome.ORDER, Call::markAsTest);
        call(other, noon, CallOutcome.ORDER, c -> { });

        List<DailyCallFigures> days = db.inTransaction((EntityManager em) ->
                service(em).dailyFigures(restaurant, MONDAY, MONDAY.plusDays(1), PARIS));

        assertThat(days).hasSize(2);
        DailyCallFigures monday = days.get(0);
        assertThat(monday.calls()).isEqualTo(4);
        assertThat(monday.answered()).isEqualTo(3);
        assertThat(monday.count(CallOutcome.ORDER)).isEqualTo(1);
        assertThat(monday.count(CallOutcome.MISSED)).isEqualTo(1);
        assertThat(monday.count(CallOutcome.VOICEMAIL)).isEqualTo(1);
        assertThat(monday.converted()).isEqualTo(1);
        assertThat(monday.conversion()).isEqualTo(1.0 / 3);
        assertThat(monday.averageLatencyMs()).hasValue((4 * 500 + 2 * 800) / 6);
        assertThat(monday.costPerCallMicroEuros()).isEqualTo(40_000 / 4);
        assertThat(days.get(1).calls()).isZero();
        assertThat(days.get(1).averageLatencyMs()).isEmpty();
    }

    @Test
    void a_voicemail_recording_is_served_from_the_data_dir_only_to_its_restaurant() throws IOException {
        Path file = Files.createDirectories(dataDir.resolve("recordings/1")).resolve("v.wav");
        Files.write(file, new byte[] {'R', 'I', 'F', 'F'});
        long withAudio = message(restaurant, m -> m.attachAudio("recordings/1/v.wav", 3));
        long missingFile = message(restaurant, m -> m.attachAudio("recordings/1/gone.wav", 3));
        long withoutAudio = message(restaurant, m -> { });

        Optional<VoicemailRecordings.Recording> recording = recordings(r -> r.find(restaurant, withAudio));
        assertThat(recording).isPresent();
        assertThat(recording.get().sizeBytes()).isEqualTo(4);
        try (InputStream in = recording.get().open()) {
            assertThat(in.readAllBytes()).containsExactly('R', 'I', 'F', 'F');
        }
        Optional<VoicemailRecordings.Recording> noFile = recordings(r -> r.find(restaurant, missingFile));
        Optional<VoicemailRecordings.Recording> noAudio = recordings(r -> r.find(restaurant, withoutAudio));
        assertThat(noFile).isEmpty();
        assertThat(noAudio).isEmpty();
        assertThatThrownBy(() -> recordings(r -> r.find(other, withAudio))).isInstanceOf(NotFoundException.class);
    }

    private long message(long restaurantId, Consumer<Message> then) {
        return db.inTransaction((EntityManager em) -> {
            Message message = new Message(restaurantId, null, MessageKind.VOICEMAIL, "+33612345678", null, null,
                    Instant.now());
            then.accept(message);
            return new JpaMessageRepository(em).save(message).getId();
        });
    }

    private <T> T recordings(java.util.function.Function<VoicemailRecordings, T> work) {
        return db.inTransaction((EntityManager em) ->
                work.apply(new VoicemailRecordings(new JpaMessageRepository(em), dataDir.toString())));
    }
}
