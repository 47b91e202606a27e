package com.voiceorder.reservations.application;

import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.DiningServiceRepository;
import com.voiceorder.reservations.domain.DiningTable;
import com.voiceorder.reservations.domain.DiningTableRepository;
import com.voiceorder.reservations.domain.Offer;
import com.voiceorder.reservations.domain.OfferRepository;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationBooked;
import com.voiceorder.reservations.domain.ReservationRepository;
import com.voiceorder.reservations.domain.ReservationStatus;
import com.voiceorder.reservations.domain.ReservationStatusChanged;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.IllegalTransitionException;
import com.voiceorder.shared.domain.NotFoundException;
import com.voiceorder.shared.domain.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

/**
 * Books reservations as staff and platforms state them, and moves them through their lifecycle.
 * Every write that places a party at tables locks the restaurant's booking book and refuses a table
 * already held at that time; capacity and pacing are the guest path's rules
 * ({@link ReservationBookingService}), which staff may override.
 */
@ApplicationScoped
@Transactional
public class ReservationService {

    private ReservationRepository reservations;
    private DiningServiceRepository services;
    private OfferRepository offers;
    private DiningTableRepository tables;
    private Event<ReservationBooked> bookedEvents;
    private Event<ReservationStatusChanged> statusEvents;
    private Clock clock;

    @Inject
    public ReservationService(ReservationRepository reservations, DiningServiceRepository services,
                              OfferRepository offers, DiningTableRepository tables,
                              Event<ReservationBooked> bookedEvents, Event<ReservationStatusChanged> statusEvents,
                              Clock clock) {
        this.reservations = reservations;
        this.services = services;
        this.offers = offers;
        this.tables = tables;
        this.bookedEvents = bookedEvents;
        this.statusEvents = statusEvents;
        this.clock = clock;
    }

    protected ReservationService() {
    }

    public Reservation book(Long restaurantId, BookReservationCommand command) {
        if (command == null) {
            throw new DomainException("reservation", "reservation is required");
        }
        DiningService service = service(restaurantId, command.serviceId());
        int duration = command.durationMinutes() != null
                ? command.durationMinutes() : service.durationFor(Math.max(1, command.partySize()));
        Instant now = clock.instant();
        Reservation reservation = new Reservation(restaurantId, service.getId(), command.serviceDate(),
                command.startsAt(), duration, command.partySize(), command.source(), command.guestName(),
                command.guestPhone() == null ? null : command.guestPhone().e164(), now);
        reservation.linkCustomer(command.customerId());
        if (command.offerId() != null) {
            reservation.applyOffer(applicableOffer(restaurantId, command.offerId(), command.serviceDate(),
                    service.getId(), command.partySize()).getId());
        }
        if (command.roomId() != null || !command.tableIds().isEmpty()) {
            checkTables(restaurantId, command.roomId(), command.tableIds());
            requireFree(restaurantId, reservation, command.tableIds());
            reservation.assignTables(command.roomId(), command.tableIds());
        }
        reservation.annotate(command.notes());
        reservation.linkExternal(command.externalRef());
        if (command.confirm()) {
            reservation.confirm(now);
        }
        Reservation saved = reservations.save(reservation);
        bookedEvents.fire(new ReservationBooked(restaurantId, saved.getId()));
        return saved;
    }

    /** Reservations of that service date; empty statuses = all. */
    public List<Reservation> listForDay(Long restaurantId, LocalDate serviceDate, Set<ReservationStatus> statuses) {
        return reservations.findByServiceDate(restaurantId, serviceDate, statuses);
    }

    /**
     * Bookings and covers per day and service from {@code first} to {@code last} (inclusive): only
     * reservations that hold or held a table (pending, confirmed, seated, completed) count.
     */
    public List<DailyCovers> dailyCovers(Long restaurantId, LocalDate first, LocalDate last) {
        if (first == null || last == null || last.isBefore(first)) {
            throw new DomainException("period", "the period needs a first day on or before its last day");
        }
        Map<LocalDate, Map<Long, int[]>> byDay = new TreeMap<>();
        for (Reservation reservation : reservations.findByServiceDateBetween(restaurantId, first, last)) {
            ReservationStatus status = reservation.getStatus();
            if (status.holdsCapacity() || status == ReservationStatus.COMPLETED) {
                int[] figures = byDay.computeIfAbsent(reservation.getServiceDate(), d -> new TreeMap<>())
                        .computeIfAbsent(reservation.getServiceId(), id -> new int[2]);
                figures[0]++;
                figures[1] += reservation.getPartySize();
            }
        }
        List<DailyCovers> result = new ArrayList<>();
        byDay.forEach((day, services) -> services.forEach((serviceId, figures) ->
                result.add(new DailyCovers(day, serviceId, figures[0], figures[1]))));
        return result;
    }

    /** Reservations booked under that phone for service dates {@code from}..{@code to}, by start. */
    public List<Reservation> findByPhone(Long restaurantId, PhoneNumber phone, LocalDate from, LocalDate to) {
        return reservations.findByGuestPhone(restaurantId, phone.e164(), from, to);
    }

    public Reservation get(Long restaurantId, Long reservationId) {
        Reservation reservation = reservations.find(restaurantId, reservationId)
                .orElseThrow(() -> new NotFoundException("Reservation", reservationId));
        reservation.getTableIds(); // loaded while the transaction is open
        return reservation;
    }

    /** Moves the reservation to {@code target} through the matching lifecycle step (CANCELLED without a reason). */
    public Reservation changeStatus(Long restaurantId, Long reservationId, ReservationStatus target) {
        if (target == null) {
            throw new DomainException("status", "status is required");
        }
        Reservation reservation = get(restaurantId, reservationId);
        Instant now = clock.instant();
        switch (target) {
            case CONFIRMED -> reservation.confirm(now);
            case SEATED -> reservation.seat(now);
            case COMPLETED -> reservation.complete(now);
            case CANCELLED -> reservation.cancel(null, now);
            case NO_SHOW -> reservation.markNoShow(now);
            case PENDING -> throw new DomainException("status", "a reservation cannot go back to PENDING");
            default -> throw new DomainException("status", "unknown status " + target);
        }
        statusEvents.fire(new ReservationStatusChanged(restaurantId, reservationId, reservation.getStatus()));
        return reservation;
    }

    public Reservation cancel(Long restaurantId, Long reservationId, String reason) {
        Reservation reservation = get(restaurantId, reservationId);
        reservation.cancel(reason, clock.instant());
        statusEvents.fire(new ReservationStatusChanged(restaurantId, reservationId, reservation.getStatus()));
        return reservation;
    }

    public Reservation reschedule(Long restaurantId, Long reservationId, RescheduleReservationCommand command) {
        Reservation reservation = get(restaurantId, reservationId);
        DiningService service = service(restaurantId, command.serviceId());
        int duration = command.durationMinutes() != null
                ? command.durationMinutes() : service.durationFor(Math.max(1, command.partySize()));
        reservation.reschedule(service.getId(), command.serviceDate(), command.startsAt(), duration,
                command.partySize());
        requireFree(restaurantId, reservation, reservation.getTableIds());
        return reservation;
    }

    public Reservation assignTables(Long restaurantId, Long reservationId, Long roomId, Set<Long> tableIds) {
        Reservation reservation = get(restaurantId, reservationId);
        checkTables(restaurantId, roomId, tableIds == null ? Set.of() : tableIds);
        requireFree(restaurantId, reservation, tableIds == null ? Set.of() : tableIds);
        reservation.assignTables(roomId, tableIds);
        return reservation;
    }

    /** Attaches an offer that applies to the reservation's date, service and party size; null removes it. */
    public Reservation applyOffer(Long restaurantId, Long reservationId, Long offerId) {
        Reservation reservation = get(restaurantId, reservationId);
        if (reservation.getStatus().isFinal()) {
            throw new IllegalTransitionException("Reservation", reservation.getStatus(), "given an offer");
        }
        reservation.applyOffer(offerId == null ? null : applicableOffer(restaurantId, offerId,
                reservation.getServiceDate(), reservation.getServiceId(), reservation.getPartySize()).getId());
        return reservation;
    }

    /**
     * Locks the restaurant's booking book, then refuses tables another reservation holds during
     * the reservation's span (a table is never booked twice at once, whoever books).
     */
    private void requireFree(Long restaurantId, Reservation reservation, Set<Long> tableIds) {
        if (tableIds.isEmpty()) {
            return;
        }
        services.lockForBooking(restaurantId);
        List<String> taken = reservations.findOverlappingOnTables(restaurantId, reservation.getStartsAt(),
                        reservation.endsAt(), tableIds).stream()
                .filter(other -> !other.getId().equals(reservation.getId()))
                .flatMap(other -> other.getTableIds().stream().filter(tableIds::contains))
                .distinct()
                .map(id -> tables.find(restaurantId, id).map(DiningTable::getLabel).orElse(String.valueOf(id)))
                .sorted()
                .toList();
        if (!taken.isEmpty()) {
            throw new DomainException("tableIds", "table " + String.join(", ", taken)
                    + " is already booked at that time");
        }
    }

    private DiningService service(Long restaurantId, Long serviceId) {
        if (serviceId == null) {
            throw new DomainException("serviceId", "serviceId is required");
        }
        return services.find(restaurantId, serviceId).orElseThrow(() -> new NotFoundException("Service", serviceId));
    }

    private Offer applicableOffer(Long restaurantId, Long offerId, LocalDate date, Long serviceId, int partySize) {
        Offer offer = offers.find(restaurantId, offerId).orElseThrow(() -> new NotFoundException("Offer", offerId));
        if (date == null || !offer.appliesTo(date, serviceId, partySize)) {
            throw new DomainException("offerId", "the offer \"" + offer.getName() + "\" does not apply to this booking");
        }
        return offer;
    }

    /** The tables are the restaurant's and in use; a room given is one of the restaurant's and holds them all. */
    private void checkTables(Long restaurantId, Long roomId, Set<Long> tableIds) {
        if (roomId != null && tables.findByRoom(restaurantId, roomId).isEmpty()) {
            throw new DomainException("roomId", "no table of this restaurant is in room " + roomId);
        }
        for (Long tableId : tableIds) {
            DiningTable table = tables.find(restaurantId, tableId)
                    .orElseThrow(() -> new NotFoundException("Table", tableId));
            if (!table.isActive()) {
                throw new DomainException("tableIds", "table " + table.getLabel() + " is not in use");
            }
            if (roomId != null && !roomId.equals(table.getRoomId())) {
                throw new DomainException("tableIds", "table " + table.getLabel() + " is in another room");
            }
        }
    }
}
