package com.voiceorder.calls.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.calls.domain.Call;
import com.voiceorder.calls.domain.CallDirection;
import com.voiceorder.calls.domain.CallOutcome;
import com.voiceorder.calls.domain.LineMode;
import com.voiceorder.calls.domain.Message;
import com.voiceorder.calls.domain.MessageKind;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.calls.domain.SipTransport;
import com.voiceorder.calls.infrastructure.JpaCallRepository;
import com.voiceorder.calls.infrastructure.JpaMessageRepository;
import com.voiceorder.calls.infrastructure.JpaPhoneLineRepository;
import com.voiceorder.shared.crypto.SecretCipher;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.NotFoundException;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Phone lines (with encrypted SIP passwords) and the call log / messages inbox through their services. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class PhoneLineServiceTest {

    private static final Instant NOW = Instant.parse("2026-06-12T18:00:00Z");

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private final SecretCipher cipher = new SecretCipher(SecretCipher.generateKey());
    private long restaurant;
    private long otherRestaurant;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
        db.inTransaction(em -> {
            restaurant = Fixtures.restaurant(em);
            otherRestaurant = Fixtures.restaurant(em);
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T with(BiFunction<PhoneLineService, CallLogService, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(
                new PhoneLineService(new JpaPhoneLineRepository(em), cipher),
                new CallLogService(new JpaCallRepository(em), new JpaMessageRepository(em),
                        Clock.fixed(NOW, ZoneOffset.UTC))));
    }

    private Optional<String> password(long lineId) {
        return with((lines, log) -> lines.sipPassword(restaurant, lineId));
    }

    private static PhoneLineCommand trunk(String password) {
        return new PhoneLineCommand(new PhoneNumber("+33491000000"), "Ligne principale", LineMode.REGISTER_TO_TRUNK,
                true, new PhoneLineCommand.Sip("sip.ovh.net", null, SipTransport.UDP, "0033491000000", null, null,
                password), Set.of(), false, null, null, null);
    }

    @Test
    void the_sip_password_is_stored_encrypted_and_can_be_revealed_for_registration() {
        PhoneLine line = with((lines, log) -> lines.create(restaurant, trunk("tr0mb0ne")));

        String stored = db.inTransaction((EntityManager em) -> (String) em.createNativeQuery(
                "SELECT sip_password_encrypted FROM phone_line WHERE id = ?").setParameter(1, line.getId())
                .getSingleResult());
        assertThat(stored).startsWith("v1:").doesNotContain("tr0mb0ne");
        assertThat(cipher.decrypt(stored)).isEqualTo("tr0mb0ne");
        assertThat(password(line.getId())).contains("tr0mb0ne");
    }

    @Test
    void updating_without_a_password_keeps_the_stored_one_and_a_blank_one_removes_it() {
        long id = with((lines, log) -> lines.create(restaurant, trunk("first"))).getId();

        with((lines, log) -> lines.update(restaurant, id, trunk(null)));
        assertThat(password(id)).contains("first");

        with((lines, log) -> lines.update(restaurant, id, trunk("second")));
        assertThat(password(id)).contains("second");

        with((lines, log) -> lines.update(restaurant, id, trunk(" ")));
        assertThat(password(id)).isEmpty();
    }

    @Test
    void a_number_belongs_to_one_line_and_lines_are_scoped_to_their_restaurant() {
        long id = with((lines, log) -> lines.create(restaurant, trunk("x"))).getId();

        assertThatThrownBy(() -> with((lines, log) -> lines.create(otherRestaurant, trunk("y"))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("number"));
        assertThatThrownBy(() -> with((lines, log) -> lines.get(otherRestaurant, id)))
                .isInstanceOf(NotFoundException.class);
        Optional<PhoneLine> byNumber = with((lines, log) -> lines.findByNumber("+33491000000"));
        assertThat(byNumber).get().extracting(PhoneLine::getId).isEqualTo(id);
        List<PhoneLine> enabled = with((lines, log) -> lines.enabledLines());
        List<PhoneLine> ofRestaurant = with((lines, log) -> lines.list(restaurant));
        assertThat(enabled).extracting(PhoneLine::getId).containsExactly(id);
        assertThat(ofRestaurant).hasSize(1);
    }

    @Test
    void a_line_is_switched_off_and_on_again_keeping_its_account_and_only_by_its_restaurant() {
        long id = with((lines, log) -> lines.create(restaurant, trunk("keep-me"))).getId();

        with((lines, log) -> lines.setEnabled(restaurant, id, false));
        boolean enabled = with((lines, log) -> lines.get(restaurant, id).isEnabled());
        List<PhoneLine> served = with((lines, log) -> lines.enabledLines());
        assertThat(enabled).isFalse();
        assertThat(served).isEmpty();
        assertThat(password(id)).contains("keep-me");

        with((lines, log) -> lines.setEnabled(restaurant, id, true));
        PhoneLine line = with((lines, log) -> lines.get(restaurant, id));
        assertThat(line.isEnabled()).isTrue();
        assertThat(line.getMode()).isEqualTo(LineMode.REGISTER_TO_TRUNK);
        assertThat(line.getDisplayName()).isEqualTo("Ligne principale");
        assertThatThrownBy(() -> with((lines, log) -> lines.setEnabled(otherRestaurant, id, false)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_line_without_calls_can_be_deleted_but_one_with_a_call_history_is_kept() {
        long unused = with((lines, log) -> lines.create(restaurant, trunk("secret"))).getId();
        long used = with((lines, log) -> lines.create(restaurant, new PhoneLineCommand(new PhoneNumber("+33491000001"),
                null, LineMode.ACCEPT_FROM_GATEWAY, true, null, Set.of("192.0.2.10"), false, null, null, null))).getId();
        db.inTransaction((EntityManager em) -> new JpaCallRepository(em).save(new Call(restaurant, used, "+33612345678",
                "+33491000001", CallDirection.INBOUND, NOW)));

        assertThatThrownBy(() -> with((lines, log) -> {
            lines.delete(otherRestaurant, unused);
            return null;
        })).isInstanceOf(NotFoundException.class);
        with((lines, log) -> {
            lines.delete(restaurant, unused);
            return null;
        });
        assertThatThrownBy(() -> with((lines, log) -> {
            lines.delete(restaurant, used);
            return null;
        })).isInstanceOf(DomainException.class).hasMessageContaining("disable it instead");

        List<PhoneLine> left = with((lines, log) -> lines.list(restaurant));
        assertThat(left).extracting(PhoneLine::getId).containsExactly(used);
    }

    @Test
    void a_trunk_line_without_sip_account_is_refused() {
        PhoneLineCommand noSip = new PhoneLineCommand(new PhoneNumber("+33491000000"), null,
                LineMode.REGISTER_TO_TRUNK, true, null, Set.of(), false, null, null, null);

        assertThatThrownBy(() -> with((lines, log) -> lines.create(restaurant, noSip)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void the_call_log_lists_a_days_calls_and_messages_are_marked_handled() {
        long[] ids = db.inTransaction(em -> {
            Call call = new JpaCallRepository(em).save(new Call(restaurant, null, "+33612345678", "+33491000000",
                    CallDirection.INBOUND, NOW));
            call.end(NOW.plusSeconds(30), CallOutcome.VOICEMAIL, "BYE");
            Message message = new JpaMessageRepository(em).save(new Message(restaurant, call.getId(),
                    MessageKind.VOICEMAIL, "+33612345678", null, "Rappelez-moi", NOW.plusSeconds(30)));
            return new long[] {call.getId(), message.getId()};
        });

        List<Call> voicemails = with((lines, log) -> log.listCalls(restaurant, LocalDate.of(2026, 6, 12),
                ZoneId.of("Europe/Paris"), Set.of(CallOutcome.VOICEMAIL)));
        assertThat(voicemails).extracting(Call::getId).containsExactly(ids[0]);
        Call call = with((lines, log) -> log.getCall(restaurant, ids[0]));
        assertThat(call.getOutcome()).isEqualTo(CallOutcome.VOICEMAIL);
        assertThatThrownBy(() -> with((lines, log) -> log.getCall(otherRestaurant, ids[0])))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> with((lines, log) -> log.markHandled(otherRestaurant, ids[1])))
                .isInstanceOf(NotFoundException.class);
        long unhandled = with((lines, log) -> log.countUnhandledMessages(restaurant));
        assertThat(unhandled).isEqualTo(1);

        with((lines, log) -> log.markHandled(restaurant, ids[1]));

        List<Message> unhandledAfter = with((lines, log) -> log.listMessages(restaurant, false));
        List<Message> all = with((lines, log) -> log.listMessages(restaurant, true));
        assertThat(unhandledAfter).isEmpty();
        assertThat(all).singleElement().satisfies(m -> assertThat(m.getHandledAt()).isEqualTo(NOW));
    }
}
