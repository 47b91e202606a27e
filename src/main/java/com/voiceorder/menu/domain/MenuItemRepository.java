package com.voiceorder.menu.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface MenuItemRepository {

    /** The item, when it exists and belongs to that restaurant. */
    Optional<MenuItem> findById(Long restaurantId, Long id);

    /** Those of the ids that are items of that restaurant (unknown ids are left out). */
    List<MenuItem> findByIds(Long restaurantId, Collection<Long> ids);

    /** All items of the restaurant, by category id, position and name. */
    List<MenuItem> findByRestaurant(Long restaurantId);

    /** Items of one category by position and name. */
    List<MenuItem> findByCategory(Long restaurantId, Long categoryId);

    /** Items that can be ordered now (available, not sold out) in active categories, by category position. */
    List<MenuItem> findOrderable(Long restaurantId);

    long countByCategory(Long restaurantId, Long categoryId);

    MenuItem add(MenuItem item);

    /** Removes the item; throws a DomainException when past orders still reference it. */
    void remove(MenuItem item);
}
