package com.voiceorder.reservations.application;

import com.voiceorder.reservations.domain.DiningServiceRepository;
import com.voiceorder.reservations.domain.DiningTableRepository;
import com.voiceorder.reservations.domain.ExternalLoadRepository;
import com.voiceorder.reservations.domain.ReservationRepository;
import com.voiceorder.reservations.domain.SeatingPlan;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Reads a restaurant's {@link SeatingPlan} for some service dates from the database. Availability
 * queries read it as it is; bookings and changes lock the restaurant's booking book first
 * ({@link #lockAndRead}), so the plan they check cannot change before they are written.
 */
@ApplicationScoped
@Transactional
public class SeatingPlans {

    /** How far apart the first and last date of one plan may be (a plan for alternatives spans a week). */
    static final int MAX_DAYS = 31;
    /** Reservations last at most 12 hours (DiningService and Reservation guard it). */
    private static final Duration LONGEST_MEAL = Duration.ofHours(12);

    private RestaurantService restaurants;
    private DiningServiceRepository services;
    private DiningTableRepository tables;
    private ReservationRepository reservations;
    private ExternalLoadRepository externalLoads;
    private Clock clock;

    @Inject
    public SeatingPlans(RestaurantService restaurants, DiningServiceRepository services, DiningTableRepository tables,
                        ReservationRepository reservations, ExternalLoadRepository externalLoads, Clock clock) {
        this.restaurants = restaurants;
        this.services = services;
        this.tables = tables;
        this.reservations = reservations;
        this.externalLoads = externalLoads;
        this.clock = clock;
    }

    protected SeatingPlans() {
    }

    /** The plan for service dates {@code from}..{@code to}, as committed now. */
    public SeatingPlan read(Long restaurantId, LocalDate from, LocalDate to) {
        return read(restaurantId, from, to, null);
    }

    /**
     * The plan as committed now, leaving out reservation {@code excludedReservationId} (null = none):
     * what a reservation being changed would find if it were not already booked.
     */
    public SeatingPlan read(Long restaurantId, LocalDate from, LocalDate to, Long excludedReservationId) {
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new DomainException("date", "a plan spans 1 to " + MAX_DAYS + " days, not " + from + ".." + to);
        }
        Restaurant restaurant = restaurants.get(restaurantId);
        ZoneId zone = restaurant.zone();
        // Seatings of these dates start on them or the night after; earlier meals may still hold tables.
        Instant start = from.atStartOfDay(zone).toInstant().minus(LONGEST_MEAL);
        Instant end = to.plusDays(2).atStartOfDay(zone).toInstant();
        return new SeatingPlan(zone, clock.instant(), restaurant.closures(), services.findByRestaurant(restaurantId),
                tables.findByRestaurant(restaurantId),
                reservations.findSeatingsStartingBetween(restaurantId, start, end).stream()
                        .filter(seating -> excludedReservationId == null
                                || !excludedReservationId.equals(seating.reservationId()))
                        .toList(),
                externalLoads.findBetween(restaurantId, from, to), from, to);
    }

    /** Locks the restaurant's bookings until the transaction ends, then reads the plan. */
    public SeatingPlan lockAndRead(Long restaurantId, LocalDate from, LocalDate to) {
        services.lockForBooking(restaurantId);
        return read(restaurantId, from, to);
    }
}
