package com.voiceorder.reservations.application;

import com.voiceorder.customers.application.CustomerCommand;
import com.voiceorder.customers.application.CustomerService;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationStatus;
import com.voiceorder.reservations.domain.Seating;
import com.voiceorder.reservations.domain.SeatingOutcome;
import com.voiceorder.reservations.domain.SeatingPlan;
import com.voiceorder.reservations.domain.SeatingRequest;
import com.voiceorder.reservations.domain.SeatingUnavailableException;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.IllegalTransitionException;
import com.voiceorder.shared.domain.NotFoundException;
import com.voiceorder.shared.domain.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reservations as guests make them (REST API, phone agent): booked and changed only where the
 * availability rules ({@link SeatingPlan}) seat the party, re-checked under the restaurant's booking
 * lock so two callers never get the last table; found by the caller's phone. The guest is found or
 * created as a customer by phone — all in one transaction.
 */
@ApplicationScoped
@Transactional
public class ReservationBookingService {

    /** How many free seatings a refusal proposes. */
    public static final int ALTERNATIVES = 3;
    /** How many days after the asked date alternatives are looked for. */
    public static final int ALTERNATIVE_DAYS = 7;
    /** How far ahead "upcoming reservations" of a caller look. */
    private static final int UPCOMING_DAYS = 366;

    private final RestaurantService restaurants;
    private final SeatingPlans plans;
    private final ReservationService reservations;
    private final CustomerService customers;

    @Inject
    public ReservationBookingService(RestaurantService restaurants, SeatingPlans plans,
                                     ReservationService reservations, CustomerService customers) {
        this.restaurants = restaurants;
        this.plans = plans;
        this.reservations = reservations;
        this.customers = customers;
    }

    /** For CDI proxies. */
    protected ReservationBookingService() {
        this(null, null, null, null);
    }

    /**
     * Books the party at the seating asked for, at the best fitting free tables (or the tables
     * given, when they are free and seat the party). Refused with the nearest free seatings when the
     * rules do not seat it.
     */
    public Reservation book(Long restaurantId, GuestBookingCommand command) {
        if (command.date() == null) {
            throw new DomainException("date", "date is required");
        }
        if (command.time() == null) {
            throw new DomainException("time", "time is required");
        }
        PhoneNumber phone = phone(restaurantId, command.guestPhone(), "guest.phone");
        SeatingRequest request = new SeatingRequest(command.date(), command.time(), command.partySize(),
                command.serviceId(), command.roomId(), null, command.tableIds());
        Seating seating = seatOrRefuse(restaurantId, request);
        if (!command.tableIds().isEmpty() && !new HashSet<>(seating.tableIds()).equals(command.tableIds())) {
            throw new DomainException("tableIds", "the tables asked for are not free for the whole meal or do not seat "
                    + command.partySize() + "; free: " + seating.tables().labels());
        }
        Long customerId = phone == null ? null : customers.saveByPhone(restaurantId,
                CustomerCommand.ofPhoneAndName(phone.e164(), command.guestName())).getId();
        return reservations.book(restaurantId, new BookReservationCommand(seating.serviceId(), seating.serviceDate(),
                seating.startsAt().toInstant(), seating.durationMinutes(), command.partySize(), command.source(),
                command.guestName(), phone, customerId, command.offerId(), seating.roomId(),
                Set.copyOf(seating.tableIds()), command.notes(), null, false));
    }

    /**
     * Moves a pending or confirmed reservation to another date, time or party size where the rules
     * seat it, keeping its tables when they are still free and fit; refused with alternatives otherwise.
     */
    public Reservation change(Long restaurantId, Long reservationId, ReservationChange change) {
        if (change == null || change.date() == null) {
            throw new DomainException("date", "date is required");
        }
        if (change.time() == null) {
            throw new DomainException("time", "time is required");
        }
        Reservation reservation = reservations.get(restaurantId, reservationId);
        if (reservation.getStatus() != ReservationStatus.PENDING && reservation.getStatus() != ReservationStatus.CONFIRMED) {
            throw new IllegalTransitionException("Reservation", reservation.getStatus(), "changed");
        }
        SeatingRequest request = new SeatingRequest(change.date(), change.time(), change.partySize(),
                change.serviceId(), reservation.getRoomId(), reservation.getId(), reservation.getTableIds());
        Seating seating = seatOrRefuse(restaurantId, request);
        reservations.reschedule(restaurantId, reservationId, new RescheduleReservationCommand(seating.serviceId(),
                seating.serviceDate(), seating.startsAt().toInstant(), seating.durationMinutes(), change.partySize()));
        reservations.assignTables(restaurantId, reservationId, seating.roomId(), Set.copyOf(seating.tableIds()));
        return reservations.applyOffer(restaurantId, reservationId, change.offerId());
    }

    /**
     * The caller's reservations: on that service date (any status), or with no date the upcoming
     * ones still holding a table (from today in the restaurant's zone).
     */
    public List<Reservation> findByPhone(Long restaurantId, String phoneText, LocalDate serviceDate) {
        PhoneNumber phone = phone(restaurantId, phoneText, "phone");
        if (phone == null) {
            throw new DomainException("phone", "phone is required");
        }
        List<Reservation> found = serviceDate != null
                ? reservations.findByPhone(restaurantId, phone, serviceDate, serviceDate)
                : reservations.findByPhone(restaurantId, phone, restaurants.today(restaurantId),
                        restaurants.today(restaurantId).plusDays(UPCOMING_DAYS)).stream()
                        .filter(reservation -> reservation.getStatus().holdsCapacity())
                        .toList();
        found.forEach(Reservation::getTableIds);
        return found;
    }

    /** Reservations of a service date (null: today in the restaurant's zone), tables loaded; empty statuses = all. */
    public List<Reservation> listForDay(Long restaurantId, LocalDate serviceDate, Set<ReservationStatus> statuses) {
        LocalDate date = serviceDate != null ? serviceDate : restaurants.today(restaurantId);
        List<Reservation> found = reservations.listForDay(restaurantId, date, statuses);
        found.forEach(Reservation::getTableIds);
        return found;
    }

    /** Locks the booking book, reads the plan and seats the request, or refuses with the nearest free seatings. */
    private Seating seatOrRefuse(Long restaurantId, SeatingRequest request) {
        SeatingPlan plan = plans.lockAndRead(restaurantId, request.date(), request.date());
        if (request.serviceId() != null && !plan.hasService(request.serviceId())) {
            throw new NotFoundException("Service", request.serviceId());
        }
        SeatingOutcome outcome = plan.seat(request);
        if (outcome.isSeated()) {
            return outcome.seating();
        }
        List<Seating> alternatives = plans.read(restaurantId, request.date(), request.date().plusDays(ALTERNATIVE_DAYS))
                .nearestFree(request, ALTERNATIVES, null);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
        String free = alternatives.isEmpty() ? "no free seating in the next " + ALTERNATIVE_DAYS + " days"
                : "free: " + alternatives.stream().map(s -> s.startsAt().format(format)).collect(Collectors.joining(", "));
        throw new SeatingUnavailableException(outcome.refusal(), alternatives,
                "Cannot seat " + request.partySize() + " on " + request.date() + " at " + request.time() + ": "
                        + outcome.refusal().message() + " (" + free + ")");
    }

    private PhoneNumber phone(Long restaurantId, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return PhoneNumber.tryParse(text, restaurants.get(restaurantId).countryCode())
                .orElseThrow(() -> new DomainException(field, "Invalid phone number: " + text));
    }
}
