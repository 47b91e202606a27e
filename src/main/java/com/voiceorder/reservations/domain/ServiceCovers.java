package com.voiceorder.reservations.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;

/**
 * Covers a service date already holds: its reservations, plus covers booked elsewhere
 * ({@link ExternalLoad}). An external load names its service, or only a slot time (it counts for the
 * services whose seatings span that time), or neither (it counts for every service that day: the
 * safe side). Arrivals are counted per slot: a reservation belongs to the latest seating at or before its start.
 */
final class ServiceCovers {

    private final ZoneId zone;
    private final List<BookedSeating> bookings;
    private final List<ExternalLoad> loads;

    ServiceCovers(ZoneId zone, List<BookedSeating> bookings, Collection<ExternalLoad> loads) {
        this.zone = zone;
        this.bookings = bookings;
        this.loads = List.copyOf(loads);
    }

    /** Covers of the service on that date, leaving out the reservation being changed. */
    int booked(DiningService service, LocalDate date, Long except) {
        int reserved = bookings.stream()
                .filter(b -> b.serviceId().equals(service.getId()) && b.serviceDate().equals(date)
                        && !b.reservationId().equals(except))
                .mapToInt(BookedSeating::partySize).sum();
        int external = loads.stream().filter(load -> counts(load, service, date)).mapToInt(ExternalLoad::getCovers).sum();
        return reserved + external;
    }

    /** Covers arriving in the slot starting at {@code slot}. */
    int arrivingAt(DiningService service, LocalDate date, ZonedDateTime slot, Long except) {
        List<ZonedDateTime> slots = service.slotsOn(date, zone);
        int index = slots.indexOf(slot);
        int reserved = bookings.stream()
                .filter(b -> b.serviceId().equals(service.getId()) && b.serviceDate().equals(date)
                        && !b.reservationId().equals(except))
                .filter(b -> slotIndex(slots, b.startsAt()) == index)
                .mapToInt(BookedSeating::partySize).sum();
        int external = loads.stream()
                .filter(load -> load.getSlotStart() != null && counts(load, service, date))
                .filter(load -> slotIndex(slots, localOn(service, date, load.getSlotStart())) == index)
                .mapToInt(ExternalLoad::getCovers).sum();
        return reserved + external;
    }

    private boolean counts(ExternalLoad load, DiningService service, LocalDate date) {
        if (!load.getDate().equals(date)) {
            return false;
        }
        if (load.getServiceId() != null) {
            return load.getServiceId().equals(service.getId());
        }
        return load.getSlotStart() == null || spans(service, load.getSlotStart());
    }

    /** Whether the time lies between the service's first and last seating (across midnight too). */
    private static boolean spans(DiningService service, LocalTime time) {
        LocalTime start = service.getStartTime();
        LocalTime last = service.getLastSeating();
        return service.crossesMidnight()
                ? !time.isBefore(start) || !time.isAfter(last)
                : !time.isBefore(start) && !time.isAfter(last);
    }

    private Instant localOn(DiningService service, LocalDate date, LocalTime time) {
        LocalDate day = service.crossesMidnight() && time.isBefore(service.getStartTime()) ? date.plusDays(1) : date;
        return LocalDateTime.of(day, time).atZone(zone).toInstant();
    }

    private static int slotIndex(List<ZonedDateTime> slots, Instant start) {
        int index = 0;
        for (int i = 0; i < slots.size(); i++) {
            if (!slots.get(i).toInstant().isAfter(start)) {
                index = i;
            }
        }
        return index;
    }
}
