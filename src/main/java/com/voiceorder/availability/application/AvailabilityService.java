package com.voiceorder.availability.application;

import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.ReservationBookingService;
import com.voiceorder.reservations.application.SeatingPlans;
import com.voiceorder.reservations.domain.DiningRoom;
import com.voiceorder.reservations.domain.Offer;
import com.voiceorder.reservations.domain.Seating;
import com.voiceorder.reservations.domain.SeatingOutcome;
import com.voiceorder.reservations.domain.SeatingPlan;
import com.voiceorder.reservations.domain.SeatingRequest;
import com.voiceorder.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers availability questions for the phone agent, the dashboard and the API. Reservations are
 * checked with the same {@link SeatingPlan} rules the booking path re-checks under its lock; a
 * "yes" here is a strong hint, the booking is the promise.
 */
@ApplicationScoped
@Transactional
public class AvailabilityService {

    private SeatingPlans plans;
    private DiningSetupService setup;

    @Inject
    public AvailabilityService(SeatingPlans plans, DiningSetupService setup) {
        this.plans = plans;
        this.setup = setup;
    }

    protected AvailabilityService() {
    }

    /**
     * Whether a party of {@code partySize} can be seated on {@code date} at {@code time} (null = the
     * first free seating that day), in {@code serviceId} (null = any service), preferably in room
     * {@code roomId} (null = any). Unknown service or room ids of the restaurant → 404.
     */
    public ReservationAvailability checkReservation(Long restaurantId, LocalDate date, LocalTime time, int partySize,
                                                    Long serviceId, Long roomId) {
        return checkReservation(restaurantId, date, time, partySize, serviceId, roomId, null);
    }

    /**
     * As {@link #checkReservation(Long, LocalDate, LocalTime, int, Long, Long)}, as if reservation
     * {@code excludedReservationId} (null = none) were not booked: a reservation being changed does
     * not stand in its own way.
     */
    public ReservationAvailability checkReservation(Long restaurantId, LocalDate date, LocalTime time, int partySize,
                                                    Long serviceId, Long roomId, Long excludedReservationId) {
        if (date == null) {
            throw new DomainException("date", "date is required (YYYY-MM-DD)");
        }
        if (serviceId != null) {
            setup.getService(restaurantId, serviceId);
        }
        Map<Long, String> rooms = setup.listRooms(restaurantId).stream()
                .collect(Collectors.toMap(DiningRoom::getId, DiningRoom::getName));
        if (roomId != null) {
            setup.getRoom(restaurantId, roomId);
        }
        List<Offer> offers = setup.listOffers(restaurantId);
        Function<Seating, ReservationSlot> toSlot = seating -> ReservationSlot.of(seating,
                rooms.get(seating.roomId()), applicable(offers, seating, partySize));

        SeatingRequest request = SeatingRequest.of(date, time, partySize, serviceId, roomId);
        SeatingPlan plan = plans.read(restaurantId, date, date, excludedReservationId);
        SeatingOutcome outcome = plan.seat(request);
        if (outcome.isSeated()) {
            List<Seating> others = time == null
                    ? plan.nearestFree(new SeatingRequest(date, outcome.seating().startsAt().toLocalTime(), partySize,
                            serviceId, roomId, null, null), ReservationBookingService.ALTERNATIVES, outcome.seating())
                    : List.of();
            return ReservationAvailability.available(toSlot.apply(outcome.seating()),
                    others.stream().map(toSlot).toList());
        }
        List<Seating> alternatives = plan.nearestFree(request, ReservationBookingService.ALTERNATIVES, null);
        if (alternatives.size() < ReservationBookingService.ALTERNATIVES) {
            alternatives = plans.read(restaurantId, date, date.plusDays(ReservationBookingService.ALTERNATIVE_DAYS),
                            excludedReservationId)
                    .nearestFree(request, ReservationBookingService.ALTERNATIVES, null);
        }
        return ReservationAvailability.unavailable(outcome.refusal(), alternatives.stream().map(toSlot).toList());
    }

    private static List<ApplicableOffer> applicable(List<Offer> offers, Seating seating, int partySize) {
        return offers.stream()
                .filter(offer -> offer.appliesTo(seating.serviceDate(), seating.serviceId(), partySize))
                .map(ApplicableOffer::of)
                .toList();
    }
}
