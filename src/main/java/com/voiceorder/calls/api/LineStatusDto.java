package com.voiceorder.calls.api;

import com.voiceorder.calls.application.LineMonitor;
import java.time.Instant;

/**
 * A phone line with its live telephony status.
 *
 * @param served          telephony serves the line now (enabled, SIP mode, accepted by the endpoint)
 * @param registered      trunk: our registration is current; gateway: the gateway is registered to us
 * @param callsInProgress calls on the line now
 * @param lastError       what is wrong with the line now (or why it is not served); null if nothing
 * @param lastChange      when the live status last changed; null when not served
 */
public record LineStatusDto(Long lineId, String number, String displayName, String mode, boolean enabled,
                            boolean served, boolean registered, int callsInProgress, String lastError,
                            Instant lastChange) {

    static LineStatusDto of(LineMonitor.LineHealth health) {
        return new LineStatusDto(health.lineId(), health.number(), health.displayName(), health.mode().name(),
                health.enabled(), health.served(), health.registered(), health.callsInProgress(), health.lastError(),
                health.lastChange());
    }
}
