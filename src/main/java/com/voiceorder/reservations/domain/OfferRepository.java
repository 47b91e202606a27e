package com.voiceorder.reservations.domain;

import java.util.List;
import java.util.Optional;

public interface OfferRepository {

    Offer save(Offer offer);

    Optional<Offer> find(Long restaurantId, Long offerId);

    /** All offers of the restaurant, by name. */
    List<Offer> findByRestaurant(Long restaurantId);

    void delete(Offer offer);
}
