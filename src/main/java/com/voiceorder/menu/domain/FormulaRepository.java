package com.voiceorder.menu.domain;

import java.util.List;
import java.util.Optional;

public interface FormulaRepository {

    /** The formula, when it exists and belongs to that restaurant. */
    Optional<Formula> findById(Long restaurantId, Long id);

    /** The restaurant's formulas by name; only available ones when availableOnly. */
    List<Formula> findByRestaurant(Long restaurantId, boolean availableOnly);

    Formula add(Formula formula);

    /** Removes the formula; throws a DomainException when past orders still reference it. */
    void remove(Formula formula);
}
