package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.domain.Restaurant;

/** A restaurant's profile. */
public record RestaurantDto(Long id, String name, String slug, String street, String postalCode, String city,
                            String countryCode, String phone, String email, String timeZone, String language,
                            String currency, boolean active) {

    static RestaurantDto of(Restaurant restaurant) {
        return new RestaurantDto(restaurant.getId(), restaurant.name(), restaurant.slug(), restaurant.street(),
                restaurant.postalCode(), restaurant.city(), restaurant.countryCode(),
                restaurant.phone() == null ? null : restaurant.phone().e164(), restaurant.email(),
                restaurant.zone().getId(), restaurant.language(), restaurant.currency().getCurrencyCode(),
                restaurant.isActive());
    }
}
