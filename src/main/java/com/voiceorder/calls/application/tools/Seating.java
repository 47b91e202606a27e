package com.voiceorder.calls.application.tools;

import com.voiceorder.calls.application.Port;
import com.voiceorder.calls.application.ReservationAvailability;
import com.voiceorder.calls.application.ToolFailure;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.domain.DiningService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A seating the caller asked for, resolved to a dining service and an instant: refused with the
 * services' hours when no service seats at that time, or with the nearest free slots when the
 * availability check (when deployed) says the time is full.
 */
record Seating(DiningService service, LocalDate date, LocalTime time, ZonedDateTime startsAt) {

    static Seating resolve(DiningSetupService setup, Port<ReservationAvailability> availability, Long restaurantId,
            ZoneId zone, LocalDate date, LocalTime time, int partySize) {
        List<DiningService> services = setup.listServices(restaurantId);
        DiningService service = SeatingTimes.serviceAt(services, date, time)
                .orElseThrow(() -> new ToolFailure("time_unavailable", "time",
                        "No service seats guests on " + date + " at " + time, SeatingTimes.describe(services, date)));
        availability.get().ifPresent(check -> {
            ReservationAvailability.Answer answer = check.check(restaurantId, date, time, partySize);
            if (!answer.available()) {
                throw new ToolFailure("time_unavailable", "time",
                        Objects.requireNonNullElse(answer.reason(), "No table is free at that time"),
                        answer.alternatives().stream().limit(5).map(ConfirmOrderTool::wallClock).toList());
            }
        });
        return new Seating(service, date, time, SeatingTimes.startOf(service, date, time, zone));
    }
}
