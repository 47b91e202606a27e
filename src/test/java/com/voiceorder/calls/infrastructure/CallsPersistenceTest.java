package com.voiceorder.calls.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.calls.domain.AssistantSettings;
import com.voiceorder.calls.domain.Call;
import com.voiceorder.calls.domain.CallDirection;
import com.voiceorder.calls.domain.CallOutcome;
import com.voiceorder.calls.domain.CallTurn;
import com.voiceorder.calls.domain.Eagerness;
import com.voiceorder.calls.domain.LineMode;
import com.voiceorder.calls.domain.Message;
import com.voiceorder.calls.domain.MessageKind;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.calls.domain.SipAccount;
import com.voiceorder.calls.domain.SipTransport;
import com.voiceorder.calls.domain.Speaker;
import com.voiceorder.calls.domain.TurnDetection;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class CallsPersistenceTest {

    private static final Instant T0 = Instant.parse("2026-06-12T18:00:00Z");

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void a_phone_line_round_trips_with_its_sip_account_sources_and_assistant_settings() {
        long[] ids = db.inTransaction(em -> {
            long restaurant = Fixtures.restaurant(em);
            PhoneLine line = new PhoneLine(restaurant, "+33491000000", "Pizzeria", LineMode.ACCEPT_FROM_GATEWAY);
            line.useSipAccount(new SipAccount("sip.ovh.net", 5061, SipTransport.TCP, "0033491000000", "auth",
                    "ovh.net", "v1:cipher"));
            line.switchTo(LineMode.REGISTER_TO_TRUNK);
            line.allowSources(Set.of("127.0.0.1", "10.0.0.2"), false);
            line.limitConcurrentCalls(8);
            line.transferStaffTo("+33612345678");
            line.configureAssistant(new AssistantSettings("fr", "marin", "Tutoyer les clients", "Bonjour !",
                    TurnDetection.SEMANTIC_VAD, 0.6, 500, Eagerness.HIGH));
            return new long[] {restaurant, new JpaPhoneLineRepository(em).save(line).getId()};
        });
        db.inTransaction((EntityManager em) -> new JpaPhoneLineRepository(em).storeError(ids[1], "401 Unauthorized", T0));

        PhoneLine loaded = db.inTransaction((EntityManager em) -> {
            PhoneLine found = new JpaPhoneLineRepository(em).find(ids[0], ids[1]).orElseThrow();
            found.getAllowedSources();
            return found;
        });

        assertThat(loaded.getNumber()).isEqualTo("+33491000000");
        assertThat(loaded.getMode()).isEqualTo(LineMode.REGISTER_TO_TRUNK);
        assertThat(loaded.getSipAccount().getRegistrarHost()).isEqualTo("sip.ovh.net");
        assertThat(loaded.getSipAccount().getPort()).isEqualTo(5061);
        assertThat(loaded.getSipAccount().getTransport()).isEqualTo(SipTransport.TCP);
        assertThat(loaded.getSipAccount().getAuthUsername()).isEqualTo("auth");
        assertThat(loaded.getSipAccount().getEncryptedPassword()).isEqualTo("v1:cipher");
        assertThat(loaded.getAllowedSources()).containsExactlyInAnyOrder("127.0.0.1", "10.0.0.2");
        assertThat(loaded.getMaxConcurrentCalls()).isEqualTo(8);
        assertThat(loaded.getStaffTransferNumber()).isEqualTo("+33612345678");
        assertThat(loaded.getAssistant().getVoice()).isEqualTo("marin");
        assertThat(loaded.getAssistant().getExtraInstructions()).isEqualTo("Tutoyer les clients");
        assertThat(loaded.getAssistant().getTurnDetection()).isEqualTo(TurnDetection.SEMANTIC_VAD);
        assertThat(loaded.getAssistant().getVadThreshold()).isEqualTo(0.6);
        assertThat(loaded.getAssistant().getSilenceMs()).isEqualTo(500);
        assertThat(loaded.getAssistant().getEagerness()).isEqualTo(Eagerness.HIGH);
        assertThat(loaded.getLastError()).isEqualTo("401 Unauthorized");
        assertThat(loaded.getLastErrorAt()).isEqualTo(T0);
    }

    @Test
    void a_line_error_stored_while_someone_edits_the_line_does_not_make_their_save_conflict() {
        long lineId = db.inTransaction((EntityManager em) -> new JpaPhoneLineRepository(em).save(new PhoneLine(
                Fixtures.restaurant(em), "+33491000000", "Pizzeria", LineMode.ACCEPT_FROM_GATEWAY)).getId());

        db.inTransaction(em -> {
            PhoneLine editing = em.find(PhoneLine.class, lineId);
            assertThat(db.inTransaction((EntityManager other) -> new JpaPhoneLineRepository(other)
                    .storeError(lineId, "Registration failed: 403 Forbidden", T0))).isTrue();
            editing.rename("Pizzeria du port");
            return null;
        });

        PhoneLine stored = db.inTransaction((EntityManager em) -> em.find(PhoneLine.class, lineId));
        assertThat(stored.getDisplayName()).isEqualTo("Pizzeria du port");
        assertThat(stored.getLastError()).isEqualTo("Registration failed: 403 Forbidden");
        assertThat(db.inTransaction((EntityManager em) -> new JpaPhoneLineRepository(em).storeError(lineId, null, null))).isTrue();
        assertThat(db.inTransaction((EntityManager em) -> em.find(PhoneLine.class, lineId)).getLastError()).isNull();
        assertThat(db.inTransaction((EntityManager em) -> new JpaPhoneLineRepository(em).storeError(-1L, "gone", T0))).isFalse();
    }

    @Test
    void lines_are_found_by_number_and_enabled_lines_are_listed() {
        long restaurant = db.inTransaction(em -> {
            long id = Fixtures.restaurant(em);
            JpaPhoneLineRepository lines = new JpaPhoneLineRepository(em);
            lines.save(new PhoneLine(id, "+33491000000", "Gateway", LineMode.ACCEPT_FROM_GATEWAY));
            PhoneLine off = lines.save(new PhoneLine(id, "+33491000001", "Off", LineMode.TWILIO));
            off.disable();
            return id;
        });

        db.inTransaction(em -> {
            JpaPhoneLineRepository lines = new JpaPhoneLineRepository(em);
            assertThat(lines.findByNumber("+33491000000")).get().extracting(PhoneLine::getDisplayName)
                    .isEqualTo("Gateway");
            assertThat(lines.findByNumber("+33491999999")).isEmpty();
            assertThat(lines.findEnabled()).extracting(PhoneLine::getNumber).containsExactly("+33491000000");
            assertThat(lines.findByRestaurant(restaurant)).hasSize(2);
            // no gateway line is registered without a SIP account
            assertThat(lines.findByNumber("+33491000000").orElseThrow().getSipAccount()).isNull();
        });
    }

    @Test
    void a_call_round_trips_with_its_transcript_tool_calls_and_figures() {
        long[] ids = db.inTransaction(em -> {
            long restaurant = Fixtures.restaurant(em);
            PhoneLine line = new JpaPhoneLineRepository(em)
                    .save(new PhoneLine(restaurant, "+33491000000", null, LineMode.ACCEPT_FROM_GATEWAY));
            Call call = new Call(restaurant, line.getId(), "+33612345678", "+33491000000", CallDirection.INBOUND, T0);
            call.answer(T0.plusSeconds(1));
            call.addTurn(Speaker.AGENT, "Bonjour, Pizzeria Napoli !", T0.plusSeconds(2));
            call.addTurn(Speaker.CALLER, "Une margherita à emporter", T0.plusSeconds(5));
            call.addToolCall("call_abc", "confirm_order", "{\"lines\":[]}", "{\"orderId\":1}", T0.plusSeconds(9), 85);
            call.recordLatency(2, 700, 900, 950);
            call.estimateCost(42_000);
            call.recordSipStatus(200);
            call.end(T0.plusSeconds(60), CallOutcome.ORDER, "BYE");
            return new long[] {restaurant, new JpaCallRepository(em).save(call).getId()};
        });
        db.inTransaction(em -> {
            Call call = new JpaCallRepository(em).find(ids[0], ids[1]).orElseThrow();
            call.addTurn(Speaker.AGENT, "Merci, à tout à l'heure !", T0.plusSeconds(59));
        });

        Call loaded = db.inTransaction((EntityManager em) -> {
            Call found = new JpaCallRepository(em).find(ids[0], ids[1]).orElseThrow();
            found.getTurns();
            found.getToolCalls();
            return found;
        });

        assertThat(loaded.getOutcome()).isEqualTo(CallOutcome.ORDER);
        assertThat(loaded.durationSeconds()).isEqualTo(59);
        assertThat(loaded.getTurns()).extracting(CallTurn::getSequence, CallTurn::getSpeaker)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, Speaker.AGENT),
                        org.assertj.core.groups.Tuple.tuple(2, Speaker.CALLER),
                        org.assertj.core.groups.Tuple.tuple(3, Speaker.AGENT));
        assertThat(loaded.getTurns().get(1).getText()).isEqualTo("Une margherita à emporter");
        assertThat(loaded.getToolCalls()).singleElement().satisfies(tool -> {
            assertThat(tool.getToolCallId()).isEqualTo("call_abc");
            assertThat(tool.getArgumentsJson()).isEqualTo("{\"lines\":[]}");
            assertThat(tool.getResultJson()).isEqualTo("{\"orderId\":1}");
            assertThat(tool.getAt()).isEqualTo(T0.plusSeconds(9));
        });
        assertThat(loaded.getLatencyP95Ms()).isEqualTo(900);
        assertThat(loaded.getCostMicroEuros()).isEqualTo(42_000);
        assertThat(loaded.getSipStatus()).isEqualTo(200);
    }

    @Test
    void calls_are_listed_for_a_time_range_and_outcomes_newest_first() {
        long[] ids = db.inTransaction(em -> {
            long restaurant = Fixtures.restaurant(em);
            JpaCallRepository calls = new JpaCallRepository(em);
            Call missed = calls.save(new Call(restaurant, null, null, "+33491000000", CallDirection.INBOUND, T0));
            missed.end(T0.plusSeconds(20), CallOutcome.MISSED, "CANCEL");
            Call info = calls.save(new Call(restaurant, null, "+33612345678", null, CallDirection.INBOUND,
                    T0.plusSeconds(3600)));
            info.answer(T0.plusSeconds(3601));
            info.end(T0.plusSeconds(3700), CallOutcome.INFO, "BYE");
            calls.save(new Call(restaurant, null, null, null, CallDirection.INBOUND, T0.plusSeconds(86_400)));
            return new long[] {restaurant, missed.getId(), info.getId()};
        });

        List<Call> day = db.inTransaction((EntityManager em) -> new JpaCallRepository(em)
                .findStartedBetween(ids[0], T0.minusSeconds(3600), T0.plusSeconds(7200), Set.of()));
        List<Call> missed = db.inTransaction((EntityManager em) -> new JpaCallRepository(em)
                .findStartedBetween(ids[0], T0.minusSeconds(3600), T0.plusSeconds(7200), Set.of(CallOutcome.MISSED)));

        assertThat(day).extracting(Call::getId).containsExactly(ids[2], ids[1]);
        assertThat(missed).extracting(Call::getId).containsExactly(ids[1]);
    }

    @Test
    void messages_list_unhandled_first_then_newest_first() {
        long[] ids = db.inTransaction(em -> {
            long restaurant = Fixtures.restaurant(em);
            JpaMessageRepository messages = new JpaMessageRepository(em);
            Message oldUnhandled = messages.save(message(restaurant, T0));
            Message newHandled = messages.save(message(restaurant, T0.plusSeconds(600)));
            newHandled.markHandled(T0.plusSeconds(700));
            Message newUnhandled = messages.save(message(restaurant, T0.plusSeconds(300)));
            newUnhandled.attachAudio("voicemail/1.wav", 12);
            return new long[] {restaurant, oldUnhandled.getId(), newHandled.getId(), newUnhandled.getId()};
        });

        db.inTransaction(em -> {
            JpaMessageRepository messages = new JpaMessageRepository(em);
            assertThat(messages.findByRestaurant(ids[0], true, 10)).extracting(Message::getId)
                    .containsExactly(ids[3], ids[1], ids[2]);
            assertThat(messages.findByRestaurant(ids[0], false, 10)).extracting(Message::getId)
                    .containsExactly(ids[3], ids[1]);
            assertThat(messages.countUnhandled(ids[0])).isEqualTo(2);
            Message withAudio = messages.find(ids[0], ids[3]).orElseThrow();
            assertThat(withAudio.getAudioPath()).isEqualTo("voicemail/1.wav");
            assertThat(withAudio.getAudioDurationSeconds()).isEqualTo(12);
            assertThat(messages.find(ids[0], ids[2]).orElseThrow().getHandledAt()).isEqualTo(T0.plusSeconds(700));
        });
    }

    private static Message message(long restaurant, Instant at) {
        return new Message(restaurant, null, MessageKind.VOICEMAIL, "+33612345678", "Mme Martin", "Rappelez-moi", at);
    }
}
