package com.voiceorder.reservations.domain;

import java.util.List;
import java.util.Optional;

public interface DiningRoomRepository {

    DiningRoom save(DiningRoom room);

    Optional<DiningRoom> find(Long restaurantId, Long roomId);

    /** All rooms of the restaurant in display order. */
    List<DiningRoom> findByRestaurant(Long restaurantId);

    void delete(DiningRoom room);
}
