package com.voiceorder.menu.domain;

import java.util.List;
import java.util.Optional;

public interface MenuCategoryRepository {

    /** The category, when it exists and belongs to that restaurant. */
    Optional<MenuCategory> findById(Long restaurantId, Long id);

    /** The restaurant's categories by position; only active ones when activeOnly. */
    List<MenuCategory> findByRestaurant(Long restaurantId, boolean activeOnly);

    MenuCategory add(MenuCategory category);

    void remove(MenuCategory category);
}
