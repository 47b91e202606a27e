package com.voiceorder.restaurant.application;

import com.voiceorder.restaurant.domain.RestaurantProfile;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.PhoneNumber;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * A restaurant's profile as typed in a form or sent over REST: phone in any notation (national
 * numbers read in the restaurant's country), time zone as an IANA id ("Europe/Paris").
 * Language defaults to "fr", currency to EUR.
 */
public record RestaurantCommand(
        String name,
        String slug,
        String street,
        String postalCode,
        String city,
        String countryCode,
        Double latitude,
        Double longitude,
        String phone,
        String email,
        String timeZone,
        String language,
        String currency) {

    RestaurantProfile toProfile() {
        String country = countryCode == null ? null : countryCode.strip().toUpperCase(java.util.Locale.ROOT);
        PhoneNumber parsedPhone = phone == null || phone.isBlank() ? null : PhoneNumber.parse(phone, country);
        if (timeZone == null || timeZone.isBlank()) {
            throw new DomainException("timeZone", "timeZone is required");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new DomainException("timeZone", "Unknown time zone: " + timeZone);
        }
        return new RestaurantProfile(name, slug, street, postalCode, city, country, latitude, longitude, parsedPhone,
                email, zone, language == null ? "fr" : language, currency);
    }
}
