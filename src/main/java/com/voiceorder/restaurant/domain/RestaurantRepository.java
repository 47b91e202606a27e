package com.voiceorder.restaurant.domain;

import java.util.List;
import java.util.Optional;

public interface RestaurantRepository {

    Optional<Restaurant> findById(Long id);

    Optional<Restaurant> findBySlug(String slug);

    boolean exists(Long id);

    /** All restaurants by name; only active ones when activeOnly. */
    List<Restaurant> findAll(boolean activeOnly);

    /** Makes a new restaurant persistent; returns it with its id. */
    Restaurant add(Restaurant restaurant);
}
