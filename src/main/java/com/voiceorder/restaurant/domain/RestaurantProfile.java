package com.voiceorder.restaurant.domain;

import com.voiceorder.shared.domain.PhoneNumber;
import java.time.ZoneId;

/**
 * Who and where the restaurant is: everything but its schedules and rules. Validated by
 * {@link Restaurant}; slug, coordinates, phone and e-mail are optional.
 */
public record RestaurantProfile(
        String name,
        String slug,
        String street,
        String postalCode,
        String city,
        String countryCode,
        Double latitude,
        Double longitude,
        PhoneNumber phone,
        String email,
        ZoneId timeZone,
        String language,
        String currency) {
}
