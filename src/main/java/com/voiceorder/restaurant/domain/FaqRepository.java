package com.voiceorder.restaurant.domain;

import java.util.List;
import java.util.Optional;

public interface FaqRepository {

    /** The entry, when it exists and belongs to that restaurant. */
    Optional<Faq> findById(Long restaurantId, Long id);

    /** The restaurant's entries, oldest first; only approved ones when approvedOnly. */
    List<Faq> findByRestaurant(Long restaurantId, boolean approvedOnly);

    Faq add(Faq faq);

    void remove(Faq faq);
}
