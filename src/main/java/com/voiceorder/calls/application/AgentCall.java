package com.voiceorder.calls.application;

import com.voiceorder.shared.domain.PhoneNumber;
import java.util.Objects;

/**
 * The call an agent's tools run for: the restaurant, the line that was called (null when unknown),
 * the caller's number (null when withheld) and the recorded phone call (null when there is none,
 * e.g. REST debugging); a test call (the assistant tried from the dashboard) makes test orders.
 */
public record AgentCall(Long restaurantId, Long lineId, PhoneNumber caller, Long phoneCallId, boolean test) {

    public AgentCall {
        Objects.requireNonNull(restaurantId, "restaurantId");
    }

    /** A real call. */
    public AgentCall(Long restaurantId, Long lineId, PhoneNumber caller, Long phoneCallId) {
        this(restaurantId, lineId, caller, phoneCallId, false);
    }
}
