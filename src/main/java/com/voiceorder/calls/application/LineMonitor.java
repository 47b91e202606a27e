package com.voiceorder.calls.application;

import com.voiceorder.calls.domain.LineMode;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.application.RestaurantSummary;
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
     * @param lastError       served: the problem telephony sees now; not served: the one stored on the line
     *                        (e.g. why it could not be served); null if none
     * @param lastChange      when the telephony status last changed; null when not served
     * @param lastErrorAt     when {@code lastError} was seen (served: the last status change; not served: when
     *                        it was stored); null without an error
     */
    public record LineHealth(Long lineId, String number, String displayName, LineMode mode, boolean enabled,
                             boolean served, boolean registered, int callsInProgress, String lastError,
                             Instant lastChange, Instant lastErrorAt) {
    }

    /** A line of any restaurant, for the administrators' page of every voice line. */
    public record RestaurantLineHealth(Long restaurantId, String restaurantName, LineHealth line) {
    }

    private PhoneLineService lines;
    private LineStatusSource telephony;
    private RestaurantService restaurants;

    @Inject
    public LineMonitor(PhoneLineService lines, LineStatusSource telephony, RestaurantService restaurants) {
        this.lines = lines;
        this.telephony = telephony;
        this.restaurants = restaurants;
    }

    protected LineMonitor() {
    }

    public List<LineHealth> lines(Long restaurantId) {
        Map<String, LineStatus> live = liveStatuses();
        return lines.list(restaurantId).stream()
                .map(line -> health(line, live.get(String.valueOf(line.getId()))))
                .toList();
    }

    /** Every line of every restaurant with its status, by restaurant then number (administrators only). */
    public List<RestaurantLineHealth> allLines() {
        Map<String, LineStatus> live = liveStatuses();
        Map<Long, String> names = restaurants.list(false).stream()
                .collect(Collectors.toMap(RestaurantSummary::id, RestaurantSummary::name, (a, b) -> a));
        return lines.allLines().stream()
                .map(line -> new RestaurantLineHealth(line.getRestaurantId(), names.get(line.getRestaurantId()),
                        health(line, live.get(String.valueOf(line.getId())))))
                .toList();
    }

    private Map<String, LineStatus> liveStatuses() {
        return telephony.lineStatuses().stream()
                .collect(Collectors.toMap(LineStatus::lineId, Function.identity(), (a, b) -> a));
    }

    private static LineHealth health(PhoneLine line, LineStatus status) {
        if (status == null) {
            return new LineHealth(line.getId(), line.getNumber(), line.getDisplayName(), line.getMode(),
                    line.isEnabled(), false, false, 0, line.getLastError(), null,
                    line.getLastError() == null ? null : line.getLastErrorAt());
        }
        return new LineHealth(line.getId(), line.getNumber(), line.getDisplayName(), line.getMode(),
                line.isEnabled(), true, status.registered(), status.callsInProgress(), status.lastError(),
                status.lastChange(), status.lastError() == null ? null : status.lastChange());
    }
}
