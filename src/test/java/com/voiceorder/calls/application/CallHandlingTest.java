package com.voiceorder.calls.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.calls.domain.Call;
import com.voiceorder.calls.domain.CallOutcome;
import com.voiceorder.calls.domain.LineMode;
import com.voiceorder.calls.domain.Message;
import com.voiceorder.calls.domain.MessageKind;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.telephony.call.CallMedia;
import com.voiceorder.telephony.call.CallSession;
import com.voiceorder.telephony.call.EndReason;
import com.voiceorder.telephony.call.IncomingCall;
import com.voiceorder.telephony.call.OutboundAudio;
import com.voiceorder.telephony.media.AudioClip;
import com.voiceorder.telephony.media.AudioFrame;
import com.voiceorder.telephony.media.G711;
import com.voiceorder.telephony.media.WavReader;
import com.voiceorder.telephony.voicemail.VoicemailRecorder;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every offered call lands somewhere: a voicemail (WAV + message), or a call record saying why not.
 * Telephony is replaced by a scripted call; the journal and the recorder are the real ones.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class CallHandlingTest {

    private static final Instant NOW = Instant.parse("2026-06-12T18:00:00Z");
    private static final AudioClip GREETING = new AudioClip(G711.PCMA, new byte[800]); // 100 ms

    @Parameter
    DatabaseKind kind;

    @TempDir
    Path dataDir;

    private TestDatabase db;
    private CallHandling handling;
    private long restaurant;
    private long line;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
        db.inTransaction(em -> {
            restaurant = Fixtures.restaurant(em);
            PhoneLine phoneLine = new PhoneLine(restaurant, "+33491000001", "Salle", LineMode.ACCEPT_FROM_GATEWAY);
            em.persist(phoneLine);
            em.flush();
            line = phoneLine.getId();
        });
        handling = new CallHandling(new TransactionalJournal(db), null,
                new VoicemailRecorder(GREETING, Duration.ofSeconds(120)), dataDir, Runnable::run,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private List<Call> calls() {
        return db.inTransaction((EntityManager em) ->
                em.createQuery("SELECT c FROM PhoneCall c", Call.class).getResultList());
    }

    private List<Message> messages() {
        return db.inTransaction((EntityManager em) ->
                em.createQuery("SELECT m FROM Message m", Message.class).getResultList());
    }

    private List<Path> recordings() throws IOException {
        if (!Files.isDirectory(dataDir.resolve("recordings"))) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dataDir.resolve("recordings"))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void a_caller_who_speaks_after_the_greeting_leaves_a_voicemail_filed_in_the_messages() throws IOException {
        ScriptedCall call = new ScriptedCall(String.valueOf(line), "+33612345678");

        handling.onIncomingCall(call);
        call.greetingPlayed();
        call.speaks(Duration.ofSeconds(2));
        call.hangsUp();

        assertThat(call.rang).isTrue();
        Call record = calls().get(0);
        assertThat(record.getOutcome()).isEqualTo(CallOutcome.VOICEMAIL);
        assertThat(record.getAnsweredAt()).isEqualTo(NOW);
        assertThat(record.getSipReason()).isEqualTo("BYE from caller");
        String expectedPath = "recordings/" + restaurant + "/2026-06-12/" + record.getId() + ".wav";
        assertThat(messages()).singleElement().satisfies(message -> {
            assertThat(message.getKind()).isEqualTo(MessageKind.VOICEMAIL);
            assertThat(message.getCallId()).isEqualTo(record.getId());
            assertThat(message.getCallbackNumber()).isEqualTo("+33612345678");
            assertThat(message.getAudioPath()).isEqualTo(expectedPath);
            assertThat(message.getAudioDurationSeconds()).isEqualTo(2);
        });
        AudioClip recorded = WavReader.read(dataDir.resolve(expectedPath));
        assertThat(recorded.codec()).isEqualTo(G711.PCMA);
        assertThat(recorded.durationMillis()).isEqualTo(2000);
    }

    @Test
    void a_greeting_partly_dropped_by_a_busy_server_still_leads_to_the_recording() {
        ScriptedCall call = new ScriptedCall(String.valueOf(line), "+33612345678");

        handling.onIncomingCall(call);
        call.greetingPlayedWithDrops(40);
        call.speaks(Duration.ofSeconds(2));
        call.hangsUp();

        assertThat(messages()).singleElement()
                .satisfies(message -> assertThat(message.getAudioDurationSeconds()).isEqualTo(2));
    }

    @Test
    void audio_heard_during_the_greeting_is_not_recorded() throws IOException {
        ScriptedCall call = new ScriptedCall(String.valueOf(line), "+33612345678");

        handling.onIncomingCall(call);
        call.speaks(Duration.ofSeconds(3));
        call.greetingPlayed();
        call.speaks(Duration.ofSeconds(1));
        call.hangsUp();

        assertThat(messages()).singleElement()
                .satisfies(message -> assertThat(message.getAudioDurationSeconds()).isEqualTo(1));
    }

    @Test
    void a_caller_who_hangs_up_during_the_greeting_is_logged_as_abandoned_without_a_message() throws IOException {
        ScriptedCall call = new ScriptedCall(String.valueOf(line), null);

        handling.onIncomingCall(call);
        call.speaks(Duration.ofSeconds(1));
        call.hangsUp();

        assertThat(calls()).singleElement().satisfies(record -> {
            assertThat(record.getOutcome()).isEqualTo(CallOutcome.ABANDONED);
            assertThat(record.getAnsweredAt()).isNotNull();
            assertThat(record.getCallerNumber()).isNull();
        });
        assertThat(messages()).isEmpty();
        assertThat(recordings()).as("empty recording removed").isEmpty();
    }

    @Test
    void a_call_cancelled_before_it_could_be_answered_is_missed() {
        ScriptedCall call = new ScriptedCall(String.valueOf(line), "+33612345678");
        call.ended.complete(EndReason.CANCELLED);

        handling.onIncomingCall(call);

        assertThat(call.media).as("never answered").isNull();
        assertThat(calls()).singleElement().satisfies(record -> {
            assertThat(record.getOutcome()).isEqualTo(CallOutcome.MISSED);
            assertThat(record.getAnsweredAt()).isNull();
            assertThat(record.getSipReason()).isEqualTo("CANCEL from caller");
        });
    }

    @Test
    void a_call_on_a_line_removed_since_the_last_refresh_is_refused_with_404() {
        ScriptedCall call = new ScriptedCall(String.valueOf(line + 1000), "+33612345678");

        handling.onIncomingCall(call);

        assertThat(call.rejectedWith).isEqualTo(404);
        assertThat(calls()).isEmpty();
    }

    @Test
    void a_voicemail_reaching_its_maximum_length_is_hung_up_and_kept() {
        handling = new CallHandling(new TransactionalJournal(db), null,
                new VoicemailRecorder(GREETING, Duration.ofSeconds(1)), dataDir, Runnable::run,
                Clock.fixed(NOW, ZoneOffset.UTC));
        ScriptedCall call = new ScriptedCall(String.valueOf(line), "+33612345678");

        handling.onIncomingCall(call);
        call.greetingPlayed();
        call.speaks(Duration.ofSeconds(3));

        assertThat(call.ended).isCompletedWithValue(EndReason.HUNG_UP);
        assertThat(calls().get(0).getSipReason()).isEqualTo("BYE sent (voicemail full)");
        assertThat(messages()).singleElement()
                .satisfies(message -> assertThat(message.getAudioDurationSeconds()).isEqualTo(1));
    }

    /** An offered call played by the test: it answers, plays, speaks and hangs up when told. */
    private static final class ScriptedCall implements IncomingCall, CallSession, OutboundAudio {
        final CompletableFuture<EndReason> ended = new CompletableFuture<>();
        private final String lineId;
        private final Optional<PhoneNumber> caller;
        boolean rang;
        Integer rejectedWith;
        CallMedia media;
        private long playedMillis;
        private long droppedMillis;

        ScriptedCall(String lineId, String caller) {
            this.lineId = lineId;
            this.caller = Optional.ofNullable(caller).map(PhoneNumber::new);
        }

        void greetingPlayed() {
            playedMillis = GREETING.durationMillis();
        }

        /** The server ran late: part of the greeting was skipped rather than sent in a burst. */
        void greetingPlayedWithDrops(long droppedMillis) {
            playedMillis = GREETING.durationMillis() - droppedMillis;
            this.droppedMillis = droppedMillis;
        }

        void speaks(Duration duration) {
            for (long i = 0; i < duration.toMillis() / 20 && !ended.isDone(); i++) {
                media.onAudio(AudioFrame.of(G711.PCMA, new byte[160]));
            }
        }

        void hangsUp() {
            end(EndReason.CALLER_HUNG_UP);
        }

        private void end(EndReason reason) {
            if (ended.complete(reason) && media != null) {
                media.ended(reason);
            }
        }

        @Override
        public String callId() {
            return "scripted-call";
        }

        @Override
        public String lineId() {
            return lineId;
        }

        @Override
        public Optional<PhoneNumber> caller() {
            return caller;
        }

        @Override
        public String calledNumber() {
            return "+33491000001";
        }

        @Override
        public G711 codec() {
            return G711.PCMA;
        }

        @Override
        public boolean dtmfOffered() {
            return true;
        }

        @Override
        public void ring() {
            rang = true;
        }

        @Override
        public CallSession answer(CallMedia media) {
            this.media = media;
            if (ended.isDone()) {
                media.ended(ended.join());
            }
            return this;
        }

        @Override
        public void reject(int sipStatus) {
            rejectedWith = sipStatus;
            ended.complete(EndReason.REJECTED);
        }

        @Override
        public CompletionStage<EndReason> ended() {
            return ended;
        }

        @Override
        public OutboundAudio outboundAudio() {
            return this;
        }

        @Override
        public void hangUp() {
            end(EndReason.HUNG_UP);
        }

        @Override
        public boolean isEnded() {
            return ended.isDone();
        }

        @Override
        public boolean write(AudioFrame audio) {
            return true;
        }

        @Override
        public boolean write(byte[] samples) {
            return true;
        }

        @Override
        public long flush() {
            return playedMillis;
        }

        @Override
        public long playedMillis() {
            return playedMillis;
        }

        @Override
        public long droppedMillis() {
            return droppedMillis;
        }

        @Override
        public long queuedMillis() {
            return 0;
        }
    }
}
