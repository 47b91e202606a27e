package com.voiceorder.calls.application;

import com.voiceorder.calls.domain.LineMode;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.telephony.line.LineStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The restaurant's phone lines with their live telephony status, for the dashboard and the API. */
@ApplicationScoped
public class LineMonitor {

    /**
     * A line and how it is doing.
     *
     * @param served          telephony serves the line now (enabled, SIP mode, known to the endpoint)
     * @param registered      trunk: our registration is current; gateway: the gateway is registered to us
     * @param callsInProgress calls on the line now
     * @param lastError       the latest problem telephony saw, else the one stored on the line; null if none
     * @param lastChange      when the telephony status last changed; null when not served
     */
    public record LineHealth(Long lineId, String number, String displayName, LineMode mode, boolean enabled,
                             boolean served, boolean registered, int callsInProgress, String lastError,
                             Instant lastChange) {
    }

    private PhoneLineService lines;
    private LineStatusSource telephony;

    @Inject
    public LineMonitor(PhoneLineService lines, LineStatusSource telephony) {
        this.lines = lines;
        this.telephony = telephony;
    }

    protected LineMonitor() {
    }

    public List<LineHealth> lines(Long restaurantId) {
        Map<String, LineStatus> live = telephony.lineStatuses().stream()
                .collect(Collectors.toMap(LineStatus::lineId, Function.identity(), (a, b) -> a));
        return lines.list(restaurantId).stream()
                .map(line -> health(line, live.get(String.valueOf(line.getId()))))
                .toList();
    }

    private static LineHealth health(PhoneLine line, LineStatus status) {
        if (status == null) {
            return new LineHealth(line.getId(), line.getNumber(), line.getDisplayName(), line.getMode(),
                    line.isEnabled(), false, false, 0, line.getLastError(), null);
        }
        String error = status.lastError() != null ? status.lastError() : line.getLastError();
        return new LineHealth(line.getId(), line.getNumber(), line.getDisplayName(), line.getMode(),
                line.isEnabled(), true, status.registered(), status.callsInProgress(), error, status.lastChange());
    }
}
