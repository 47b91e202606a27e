package com.voiceorder.calls.application.tools;

import com.voiceorder.reservations.domain.DiningService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** Which dining service a wall-clock date and time falls in, and the instant it means. */
final class SeatingTimes {

    private SeatingTimes() {
    }

    /** The active service running that date whose seatings (start to last seating) include the time. */
    static Optional<DiningService> serviceAt(List<DiningService> services, LocalDate date, LocalTime time) {
        return services.stream()
                .filter(service -> service.runsOn(date))
                .filter(service -> seats(service, time))
                .findFirst();
    }

    static boolean seats(DiningService service, LocalTime time) {
        LocalTime start = service.getStartTime();
        LocalTime last = service.getLastSeating();
        return service.crossesMidnight()
                ? !time.isBefore(start) || !time.isAfter(last)
                : !time.isBefore(start) && !time.isAfter(last);
    }

    /** The instant of that seating; a time after midnight in a service crossing midnight is the next day. */
    static ZonedDateTime startOf(DiningService service, LocalDate date, LocalTime time, ZoneId zone) {
        LocalDate day = service.crossesMidnight() && time.isBefore(service.getStartTime()) ? date.plusDays(1) : date;
        return ZonedDateTime.ofLocal(LocalDateTime.of(day, time), zone, null);
    }

    /** "Dîner 19:00–22:00" for each service running that date: what the model can offer instead. */
    static List<String> describe(List<DiningService> services, LocalDate date) {
        return services.stream().filter(service -> service.runsOn(date))
                .map(service -> service.getName() + " " + service.getStartTime() + "–" + service.getLastSeating())
                .toList();
    }
}
