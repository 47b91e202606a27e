package com.voiceorder.reservations.domain;

import com.voiceorder.restaurant.domain.ExceptionalClosure;
import com.voiceorder.shared.domain.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The restaurant's booking book over a range of service dates, and the rules to seat a party in it:
 * the service runs that weekday and the restaurant is not closed; the time is one of its seatings
 * and not past; the service's covers (reservations plus covers booked elsewhere) stay within its
 * maximum and the covers arriving in that slot within its pacing; and tables seat the party for the
 * whole duration its size gets. All times are in the restaurant's zone; spans are real instants, so
 * a meal crossing a DST change lasts what it lasts.
 *
 * <p>A plan only knows the dates it was built for ({@code firstDate}..{@code lastDate}).
 */
public final class SeatingPlan {

    private final ZoneId zone;
    private final Instant now;
    private final List<ExceptionalClosure> closures;
    private final List<DiningService> services;
    private final TableMatcher tables;
    private final List<BookedSeating> bookings;
    private final ServiceCovers covers;
    private final LocalDate firstDate;
    private final LocalDate lastDate;

    public SeatingPlan(ZoneId zone, Instant now, Collection<ExceptionalClosure> closures,
                       Collection<DiningService> services, Collection<DiningTable> tables,
                       Collection<BookedSeating> bookings, Collection<ExternalLoad> externalLoads,
                       LocalDate firstDate, LocalDate lastDate) {
        this.zone = Objects.requireNonNull(zone);
        this.now = Objects.requireNonNull(now);
        this.closures = List.copyOf(closures);
        this.services = services.stream().filter(DiningService::isActive)
                .sorted(Comparator.comparing(DiningService::getStartTime).thenComparing(DiningService::getId))
                .toList();
        this.tables = new TableMatcher(tables);
        this.bookings = List.copyOf(bookings);
        this.covers = new ServiceCovers(zone, this.bookings, externalLoads);
        this.firstDate = Objects.requireNonNull(firstDate);
        this.lastDate = Objects.requireNonNull(lastDate);
    }

    public LocalDate lastDate() {
        return lastDate;
    }

    /** Seats the party at the time asked, or at the first free seating that day when no time is given. */
    /** Whether the restaurant has that service active (whatever its days). */
    public boolean hasService(Long serviceId) {
        return services.stream().anyMatch(s -> s.getId().equals(serviceId));
    }

    public SeatingOutcome seat(SeatingRequest request) {
        requireKnown(request.date());
        if (isClosed(request.date())) {
            return SeatingOutcome.refused(SeatingRefusal.CLOSED);
        }
        List<DiningService> candidates = servicesFor(request);
        if (candidates.isEmpty()) {
            return SeatingOutcome.refused(SeatingRefusal.NOT_SERVED);
        }
        if (request.time() != null) {
            SeatingOutcome outcome = SeatingOutcome.refused(SeatingRefusal.NOT_A_SEATING_TIME);
            for (DiningService service : candidates) {
                Optional<ZonedDateTime> slot = slotAt(service, request.date(), request.time());
                if (slot.isPresent()) {
                    outcome = trySlot(service, request.date(), slot.get(), request);
                    if (outcome.isSeated()) {
                        return outcome;
                    }
                }
            }
            return outcome;
        }
        List<Seating> free = seatingsOf(candidates, request.date(), request);
        if (!free.isEmpty()) {
            return SeatingOutcome.seated(free.get(0));
        }
        boolean anyUpcoming = candidates.stream().flatMap(service -> service.slotsOn(request.date(), zone).stream())
                .anyMatch(slot -> !slot.toInstant().isBefore(now));
        return SeatingOutcome.refused(anyUpcoming ? SeatingRefusal.FULLY_BOOKED : SeatingRefusal.PAST);
    }

    /**
     * Up to {@code max} free seatings near what was asked, never the seating {@code excluded}: the
     * same service that day nearest to the time first, then the other services that day by
     * nearness, then the following days known to the plan (same service first, nearest to the time).
     */
    public List<Seating> nearestFree(SeatingRequest request, int max, Seating excluded) {
        List<Seating> found = new ArrayList<>();
        LocalTime reference = request.time();
        List<DiningService> same = servicesFor(request);
        for (LocalDate date = request.date(); !date.isAfter(lastDate) && found.size() < max; date = date.plusDays(1)) {
            if (isClosed(date)) {
                continue;
            }
            List<DiningService> others = services.stream().filter(s -> !same.contains(s)).toList();
            addNearest(found, max, excluded, seatingsOf(same, date, request), date, reference);
            addNearest(found, max, excluded, seatingsOf(others, date, request), date, reference);
        }
        return found;
    }

    private void addNearest(List<Seating> found, int max, Seating excluded, List<Seating> seatings, LocalDate date,
                            LocalTime reference) {
        Instant target = reference == null ? null : localDateTimeOf(seatings, date, reference).atZone(zone).toInstant();
        seatings.stream()
                .filter(s -> excluded == null || !(s.serviceId().equals(excluded.serviceId())
                        && s.startsAt().toInstant().equals(excluded.startsAt().toInstant())))
                .sorted(Comparator.<Seating>comparingLong(s -> target == null ? 0
                                : Math.abs(Duration.between(target, s.startsAt().toInstant()).toMinutes()))
                        .thenComparing(s -> s.startsAt().toInstant()))
                .limit(Math.max(0, max - found.size()))
                .forEach(found::add);
    }

    /** The asked wall-clock time on that date, the night after when it is before every seating of the day. */
    private LocalDateTime localDateTimeOf(List<Seating> seatings, LocalDate date, LocalTime time) {
        boolean nightAfter = seatings.stream().anyMatch(s -> s.service().crossesMidnight()
                && time.isBefore(s.service().getStartTime()) && !time.isAfter(s.service().getLastSeating()));
        return (nightAfter ? date.plusDays(1) : date).atTime(time);
    }

    /** Every free seating of these services on that date, in time order. */
    private List<Seating> seatingsOf(List<DiningService> candidates, LocalDate date, SeatingRequest request) {
        List<Seating> free = new ArrayList<>();
        if (isClosed(date)) {
            return free;
        }
        for (DiningService service : candidates) {
            for (ZonedDateTime slot : service.slotsOn(date, zone)) {
                trySlot(service, date, slot, request).asOptional().ifPresent(free::add);
            }
        }
        free.sort(Comparator.comparing(s -> s.startsAt().toInstant()));
        return free;
    }

    private SeatingOutcome trySlot(DiningService service, LocalDate date, ZonedDateTime slot, SeatingRequest request) {
        if (slot.toInstant().isBefore(now)) {
            return SeatingOutcome.refused(SeatingRefusal.PAST);
        }
        int party = request.partySize();
        if (covers.booked(service, date, request.changing()) + party > service.getMaxCovers()) {
            return SeatingOutcome.refused(SeatingRefusal.SERVICE_FULL);
        }
        Integer pacing = service.getPacingCovers();
        if (pacing != null && covers.arrivingAt(service, date, slot, request.changing()) + party > pacing) {
            return SeatingOutcome.refused(SeatingRefusal.SLOT_FULL);
        }
        int duration = service.durationFor(party);
        if (!tables.hasTables()) {
            return SeatingOutcome.seated(new Seating(service, date, slot, duration, null, request.roomId() == null));
        }
        Instant from = slot.toInstant();
        Instant to = from.plusSeconds(duration * 60L);
        List<BookedSeating> overlapping = bookings.stream()
                .filter(b -> !b.reservationId().equals(request.changing()) && b.overlaps(from, to))
                .toList();
        return tables.best(party, id -> overlapping.stream().noneMatch(b -> b.tableIds().contains(id)),
                        request.roomId(), request.currentTables())
                .map(combination -> SeatingOutcome.seated(new Seating(service, date, slot, duration, combination,
                        request.roomId() == null || request.roomId().equals(combination.roomId()))))
                .orElseGet(() -> SeatingOutcome.refused(SeatingRefusal.NO_TABLE));
    }

    /** The services the request is about: the one named, or every service running that date. */
    private List<DiningService> servicesFor(SeatingRequest request) {
        return services.stream()
                .filter(s -> request.serviceId() == null || s.getId().equals(request.serviceId()))
                .filter(s -> s.runsOn(request.date()))
                .toList();
    }

    /** The seating of the service at that wall-clock time (the night after for a time before its start). */
    private Optional<ZonedDateTime> slotAt(DiningService service, LocalDate date, LocalTime time) {
        LocalDate day = service.crossesMidnight() && time.isBefore(service.getStartTime()) ? date.plusDays(1) : date;
        LocalDateTime wanted = day.atTime(time);
        return service.slotsOn(date, zone).stream().filter(s -> s.toLocalDateTime().equals(wanted)).findFirst();
    }

    private boolean isClosed(LocalDate date) {
        return closures.stream().anyMatch(closure -> closure.includes(date));
    }

    private void requireKnown(LocalDate date) {
        if (date.isBefore(firstDate) || date.isAfter(lastDate)) {
            throw new DomainException("date", "the plan covers " + firstDate + ".." + lastDate + ", not " + date);
        }
    }
}
