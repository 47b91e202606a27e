package com.voiceorder.calls.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.calls.application.PhoneLineCommand;
import com.voiceorder.calls.application.PhoneLineService;
import com.voiceorder.calls.application.TransactionalPhoneLines;
import com.voiceorder.calls.domain.LineMode;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.calls.domain.SipTransport;
import com.voiceorder.shared.crypto.SecretCipher;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.telephony.line.SipCredentials;
import com.voiceorder.telephony.line.SipLine;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.TestDatabase;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Enabled lines from the database become the SIP lines telephony serves, with decrypted passwords. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class DatabaseLineDirectoryTest {

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private final SecretCipher cipher = new SecretCipher(SecretCipher.generateKey());
    private PhoneLineService lines;
    private DatabaseLineDirectory directory;
    private long restaurant;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
        db.inTransaction(em -> {
            restaurant = Fixtures.restaurant(em);
        });
        lines = new TransactionalPhoneLines(db, cipher);
        directory = new DatabaseLineDirectory(lines);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private static PhoneLineCommand gateway(String number, boolean enabled) {
        return new PhoneLineCommand(new PhoneNumber(number), "Salle", LineMode.ACCEPT_FROM_GATEWAY, enabled, null,
                Set.of("127.0.0.1", "192.0.2.0/24"), false, 2, null, null);
    }

    private static PhoneLineCommand trunk(String number, String password) {
        return new PhoneLineCommand(new PhoneNumber(number), "OVH", LineMode.REGISTER_TO_TRUNK, true,
                new PhoneLineCommand.Sip("sip.ovh.net", 5060, SipTransport.UDP, "0033491000002", null, null, password),
                Set.of(), false, null, null, null);
    }

    @Test
    void a_gateway_line_is_served_from_its_allowed_sources() {
        PhoneLine created = lines.create(restaurant, gateway("+33491000001", true));

        assertThat(directory.reload()).isTrue();

        assertThat(directory.lines()).singleElement().satisfies(line -> {
            assertThat(line.id()).isEqualTo(String.valueOf(created.getId()));
            assertThat(line.number()).isEqualTo(new PhoneNumber("+33491000001"));
            assertThat(line.mode()).isEqualTo(com.voiceorder.telephony.line.LineMode.ACCEPT_FROM_GATEWAY);
            assertThat(line.allowedSources()).containsExactly("127.0.0.1", "192.0.2.0/24");
            assertThat(line.credentials()).isNull();
            assertThat(line.maxConcurrentCalls()).isEqualTo(2);
        });
        assertThat(directory.findByNumber(new PhoneNumber("+33491000001"))).isPresent();
    }

    @Test
    void a_trunk_line_registers_with_its_decrypted_password() {
        lines.create(restaurant, trunk("+33491000002", "s3cret"));

        directory.reload();

        SipLine line = directory.lines().get(0);
        assertThat(line.credentials()).isEqualTo(new SipCredentials("0033491000002", null, "s3cret"));
        assertThat(line.registrar().host()).isEqualTo("sip.ovh.net");
        assertThat(line.registrar().port()).isEqualTo(5060);
        assertThat(directory.findByUsername("0033491000002")).contains(line);
    }

    @Test
    void disabled_lines_twilio_lines_and_trunks_without_password_are_not_served() {
        lines.create(restaurant, gateway("+33491000003", false));
        PhoneLine trunkWithoutPassword = lines.create(restaurant, trunk("+33491000004", null));
        lines.create(restaurant, new PhoneLineCommand(new PhoneNumber("+33491000005"), "Twilio", LineMode.TWILIO,
                true, null, Set.of(), false, null, null, null));

        directory.reload();

        assertThat(directory.lines()).isEmpty();
        assertThat(directory.refusals()).as("only the trunk is refused; Twilio lines are simply not SIP lines")
                .containsExactly(java.util.Map.entry(trunkWithoutPassword.getId(),
                        "Not served: the trunk account has no SIP password"));
    }

    @Test
    void a_reload_reports_a_change_only_when_the_served_lines_differ() {
        PhoneLine created = lines.create(restaurant, gateway("+33491000001", true));
        directory.reload();

        assertThat(directory.reload()).as("nothing changed").isFalse();

        lines.update(restaurant, created.getId(), gateway("+33491000001", false));
        assertThat(directory.reload()).as("line disabled").isTrue();
        assertThat(directory.lines()).isEmpty();
    }
}
