package com.voiceorder.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.calls.application.LineMonitor.LineHealth;
import com.voiceorder.calls.domain.LineMode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one-word state of a line the administrators see, from its live health. */
class LineStateTest {

    private static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");

    private static LineHealth line(LineMode mode, boolean enabled, boolean served, boolean registered, String error) {
        return new LineHealth(1L, "+33491000000", null, mode, enabled, served, registered, 0, error, AT,
                error == null ? null : AT);
    }

    @Test
    void a_disabled_line_is_disabled_whatever_telephony_last_said() {
        assertThat(LineState.of(line(LineMode.REGISTER_TO_TRUNK, false, false, false, "Registration failed")))
                .isEqualTo(LineState.DISABLED);
    }

    @Test
    void an_error_wins_over_registration() {
        assertThat(LineState.of(line(LineMode.ACCEPT_FROM_GATEWAY, true, true, true, "INVITE refused")))
                .isEqualTo(LineState.ERROR);
        assertThat(LineState.of(line(LineMode.REGISTER_TO_TRUNK, true, false, false, "Not served: no password")))
                .isEqualTo(LineState.ERROR);
    }

    @Test
    void a_registered_line_is_registered_and_a_gateway_line_without_registration_is_ready() {
        assertThat(LineState.of(line(LineMode.REGISTER_TO_TRUNK, true, true, true, null))).isEqualTo(LineState.REGISTERED);
        assertThat(LineState.of(line(LineMode.ACCEPT_FROM_GATEWAY, true, true, true, null))).isEqualTo(LineState.REGISTERED);
        assertThat(LineState.of(line(LineMode.ACCEPT_FROM_GATEWAY, true, true, false, null))).isEqualTo(LineState.READY);
    }

    @Test
    void a_trunk_not_registered_yet_is_connecting_and_a_sip_line_nobody_serves_is_not_served() {
        assertThat(LineState.of(line(LineMode.REGISTER_TO_TRUNK, true, true, false, null))).isEqualTo(LineState.CONNECTING);
        assertThat(LineState.of(line(LineMode.ACCEPT_FROM_GATEWAY, true, false, false, null))).isEqualTo(LineState.NOT_SERVED);
    }

    @Test
    void a_twilio_line_is_ready_without_the_sip_endpoint() {
        assertThat(LineState.of(line(LineMode.TWILIO, true, false, false, null))).isEqualTo(LineState.READY);
    }
}
