package com.voiceorder.restaurant.application;

import com.voiceorder.restaurant.domain.Restaurant;

/** A restaurant in a list. */
public record RestaurantSummary(Long id, String name, String slug, String city, boolean active) {

    static RestaurantSummary of(Restaurant restaurant) {
        return new RestaurantSummary(restaurant.getId(), restaurant.name(), restaurant.slug(), restaurant.city(),
                restaurant.isActive());
    }
}
