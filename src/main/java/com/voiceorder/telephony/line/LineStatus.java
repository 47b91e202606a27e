package com.voiceorder.telephony.line;

import java.time.Instant;

/**
 * Health of a line for the dashboard.
 *
 * @param registered      trunk: our registration is current; gateway: the gateway is registered to us
 * @param callsInProgress calls on the line now
 * @param lastError       last registration or call set-up problem, null if none since the last success
 * @param lastChange      when {@code registered} or {@code lastError} last changed
 */
public record LineStatus(String lineId, LineMode mode, boolean registered, int callsInProgress, String lastError,
                         Instant lastChange) {
}
