package com.voiceorder.reservations.domain;

import java.util.List;
import java.util.Optional;

public interface DiningServiceRepository {

    DiningService save(DiningService service);

    Optional<DiningService> find(Long restaurantId, Long serviceId);

    /** All services of the restaurant, by start time. */
    List<DiningService> findByRestaurant(Long restaurantId);

    void delete(DiningService service);

    /**
     * Locks the restaurant's dining service rows (SELECT … FOR UPDATE, in id order) until the
     * transaction ends: bookings of one restaurant are checked and written one at a time.
     */
    void lockForBooking(Long restaurantId);
}
