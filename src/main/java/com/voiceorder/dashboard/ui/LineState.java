package com.voiceorder.dashboard.ui;

import com.voiceorder.calls.application.LineMonitor.LineHealth;
import com.voiceorder.calls.domain.LineMode;

/** How a phone line is doing, in one word for the administrators (labels {@code line.state.NAME}). */
enum LineState {
    /** Switched off: calls to it are not taken. */
    DISABLED,
    /** Telephony reports a problem (registration refused, configuration it cannot serve…). */
    ERROR,
    /** Trunk: our registration is current; gateway: the gateway is registered to us. */
    REGISTERED,
    /** Takes calls without a registration: a gateway sending from an allowed address, or Twilio. */
    READY,
    /** Trunk served but not registered yet, with no error so far. */
    CONNECTING,
    /** Enabled, but the SIP endpoint does not serve it (SIP off, or not picked up yet). */
    NOT_SERVED;

    static LineState of(LineHealth line) {
        if (!line.enabled()) {
            return DISABLED;
        }
        if (line.lastError() != null) {
            return ERROR;
        }
        if (line.mode() == LineMode.TWILIO) {
            return READY;
        }
        if (!line.served()) {
            return NOT_SERVED;
        }
        if (line.registered()) {
            return REGISTERED;
        }
        return line.mode() == LineMode.ACCEPT_FROM_GATEWAY ? READY : CONNECTING;
    }

    /** The Lumo colour the state is shown in. */
    String color() {
        return switch (this) {
            case REGISTERED, READY -> "var(--lumo-success-text-color)";
            case ERROR, NOT_SERVED -> "var(--lumo-error-text-color)";
            case CONNECTING -> "var(--lumo-warning-text-color, var(--lumo-secondary-text-color))";
            case DISABLED -> "var(--lumo-secondary-text-color)";
        };
    }
}
