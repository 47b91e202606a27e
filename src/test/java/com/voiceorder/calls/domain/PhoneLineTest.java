package com.voiceorder.calls.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.shared.domain.DomainException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhoneLineTest {

    @Test
    void a_gateway_line_accepts_calls_from_its_allowed_sources_only_unless_told_otherwise() {
        PhoneLine line = new PhoneLine(1L, "+33491000000", "Salle", LineMode.ACCEPT_FROM_GATEWAY);
        line.allowSources(Set.of("127.0.0.1", " 192.168.1.20 "), false);

        assertThat(line.acceptsSource("127.0.0.1")).isTrue();
        assertThat(line.acceptsSource("192.168.1.20")).isTrue();
        assertThat(line.acceptsSource("203.0.113.9")).isFalse();
        assertThat(line.acceptsSource(null)).isFalse();

        line.allowSources(Set.of(), true);
        assertThat(line.acceptsSource("203.0.113.9")).isTrue();
    }

    @Test
    void registering_to_a_trunk_needs_a_sip_account() {
        PhoneLine line = new PhoneLine(1L, "+33491000000", null, LineMode.ACCEPT_FROM_GATEWAY);

        assertThatThrownBy(() -> line.switchTo(LineMode.REGISTER_TO_TRUNK)).isInstanceOf(DomainException.class);

        line.useSipAccount(new SipAccount("sip.ovh.net", null, null, "0033491000000", null, null, "v1:abc"));
        line.switchTo(LineMode.REGISTER_TO_TRUNK);
        assertThat(line.getSipAccount().getPort()).isEqualTo(5060);
        assertThat(line.getSipAccount().getTransport()).isEqualTo(SipTransport.UDP);
        assertThat(line.getSipAccount().getAuthUsername()).isEqualTo("0033491000000");
        assertThat(line.getSipAccount().getDomain()).isEqualTo("sip.ovh.net");
        assertThatThrownBy(() -> line.useSipAccount(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void a_line_has_defaults_and_checks_its_numbers() {
        PhoneLine line = new PhoneLine(1L, "+33491000000", null, LineMode.TWILIO);

        assertThat(line.getMaxConcurrentCalls()).isEqualTo(4);
        assertThat(line.getAssistant().getLanguage()).isEqualTo("fr");
        assertThat(line.getAssistant().getTurnDetection()).isEqualTo(TurnDetection.SERVER_VAD);
        assertThatThrownBy(() -> new PhoneLine(1L, "0491000000", null, LineMode.TWILIO))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> line.transferStaffTo("06")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> line.limitConcurrentCalls(0)).isInstanceOf(DomainException.class);
    }
}
