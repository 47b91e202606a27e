package com.voiceorder.reservations.domain;

import java.util.List;
import java.util.Optional;

public interface DiningTableRepository {

    DiningTable save(DiningTable table);

    Optional<DiningTable> find(Long restaurantId, Long tableId);

    /** All tables of the restaurant, by label. */
    List<DiningTable> findByRestaurant(Long restaurantId);

    List<DiningTable> findByRoom(Long restaurantId, Long roomId);

    Optional<DiningTable> findByLabel(Long restaurantId, String label);

    void delete(DiningTable table);
}
