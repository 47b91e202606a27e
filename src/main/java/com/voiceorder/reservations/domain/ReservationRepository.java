package com.voiceorder.reservations.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface ReservationRepository {

    Reservation save(Reservation reservation);

    Optional<Reservation> find(Long restaurantId, Long reservationId);

    /** Reservations for that service date, by start time; empty {@code statuses} = all. */
    List<Reservation> findByServiceDate(Long restaurantId, LocalDate serviceDate, Set<ReservationStatus> statuses);

    /** Reservations of every status with a service date in [first, last], by date then start time. */
    List<Reservation> findByServiceDateBetween(Long restaurantId, LocalDate first, LocalDate last);

    /**
     * Reservations still holding capacity (PENDING, CONFIRMED, SEATED) whose span intersects
     * [from, to) and that use at least one of {@code tableIds}.
     */
    List<Reservation> findOverlappingOnTables(Long restaurantId, Instant from, Instant to, Collection<Long> tableIds);

    /** Reservations still holding capacity whose span intersects [from, to), any table or none. */
    List<Reservation> findOverlapping(Long restaurantId, Instant from, Instant to);

    /**
     * Reservations still holding capacity that start in [from, to), as availability reads them
     * (covers, span, tables), without loading the entities.
     */
    List<BookedSeating> findSeatingsStartingBetween(Long restaurantId, Instant from, Instant to);

    /** Reservations booked under that E.164 phone for service dates in [from, to] (both inclusive), by start. */
    List<Reservation> findByGuestPhone(Long restaurantId, String e164Phone, LocalDate from, LocalDate to);

    Optional<Reservation> findByExternalRef(Long restaurantId, ReservationSource source, String externalRef);

    /** How many reservations (any status) refer to the service, the offer, the table. */
    long countForService(Long serviceId);

    long countForOffer(Long offerId);

    long countForTable(Long tableId);
}
