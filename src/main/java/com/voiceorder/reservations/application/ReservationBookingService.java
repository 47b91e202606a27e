package com.voiceorder.reservations.application;

import com.voiceorder.customers.application.CustomerCommand;
import com.voiceorder.customers.application.CustomerService;
import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationStatus;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * Books a table as a guest asks for it (REST API, phone agent): the local time becomes an instant
 * in the restaurant's zone, the guest is found or created as a customer by phone, and the booking
 * is made through {@link ReservationService} — all in one transaction.
 */
@ApplicationScoped
@Transactional
public class ReservationBookingService {

    private final RestaurantService restaurants;
    private final DiningSetupService setup;
    private final ReservationService reservations;
    private final CustomerService customers;

    @Inject
    public ReservationBookingService(RestaurantService restaurants, DiningSetupService setup,
                                     ReservationService reservations, CustomerService customers) {
        this.restaurants = restaurants;
        this.setup = setup;
        this.reservations = reservations;
        this.customers = customers;
    }

    /** For CDI proxies. */
    protected ReservationBookingService() {
        this(null, null, null, null);
    }

    public Reservation book(Long restaurantId, GuestBookingCommand command) {
        if (command.serviceId() == null) {
            throw new DomainException("serviceId", "serviceId is required");
        }
        if (command.date() == null) {
            throw new DomainException("date", "date is required");
        }
        if (command.time() == null) {
            throw new DomainException("time", "time is required");
        }
        ZoneId zone = restaurants.zoneOf(restaurantId);
        DiningService service = setup.getService(restaurantId, command.serviceId());
        LocalDate day = service.crossesMidnight() && command.time().isBefore(service.getStartTime())
                ? command.date().plusDays(1) : command.date();
        ZonedDateTime startsAt = ZonedDateTime.ofLocal(LocalDateTime.of(day, command.time()), zone, null);
        PhoneNumber phone = null;
        Long customerId = null;
        if (command.guestPhone() != null && !command.guestPhone().isBlank()) {
            phone = PhoneNumber.tryParse(command.guestPhone(), restaurants.get(restaurantId).countryCode())
                    .orElseThrow(() -> new DomainException("guest.phone",
                            "Invalid phone number: " + command.guestPhone()));
            customerId = customers.saveByPhone(restaurantId,
                    CustomerCommand.ofPhoneAndName(phone.e164(), command.guestName())).getId();
        }
        return reservations.book(restaurantId, new BookReservationCommand(service.getId(), command.date(),
                startsAt.toInstant(), null, command.partySize(), command.source(), command.guestName(), phone,
                customerId, command.offerId(), command.roomId(), command.tableIds(), command.notes(), null, false));
    }

    /** Reservations of a service date (null: today in the restaurant's zone), tables loaded; empty statuses = all. */
    public List<Reservation> listForDay(Long restaurantId, LocalDate serviceDate, Set<ReservationStatus> statuses) {
        LocalDate date = serviceDate != null ? serviceDate : restaurants.today(restaurantId);
        List<Reservation> found = reservations.listForDay(restaurantId, date, statuses);
        found.forEach(Reservation::getTableIds);
        return found;
    }
}
