package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.application.RestaurantCommand;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A restaurant's profile. The phone may be national ("04 91 00 00 00", read in {@code countryCode})
 * or international; {@code timeZone} is an IANA id; language defaults to "fr", currency to EUR.
 */
public record RestaurantRequest(
        @NotBlank(message = "A name is required") @Size(max = 200, message = "At most 200 characters") String name,
        @Size(max = 100, message = "At most 100 characters")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "Lowercase letters and digits separated by dashes")
        String slug,
        @Size(max = 300, message = "At most 300 characters") String street,
        @Size(max = 20, message = "At most 20 characters") String postalCode,
        @Size(max = 120, message = "At most 120 characters") String city,
        @NotBlank(message = "A country code is required")
        @Pattern(regexp = "[A-Za-z]{2}", message = "An ISO 3166 two-letter country code, e.g. FR") String countryCode,
        @DecimalMin(value = "-90", message = "Between -90 and 90") @DecimalMax(value = "90", message = "Between -90 and 90")
        Double latitude,
        @DecimalMin(value = "-180", message = "Between -180 and 180") @DecimalMax(value = "180", message = "Between -180 and 180")
        Double longitude,
        @Size(max = 40, message = "At most 40 characters") String phone,
        @Email(message = "Not an e-mail address") @Size(max = 254, message = "At most 254 characters") String email,
        @NotBlank(message = "A time zone is required, e.g. Europe/Paris") String timeZone,
        @Pattern(regexp = "fr|en", message = "fr or en") String language,
        @Pattern(regexp = "[A-Za-z]{3}", message = "An ISO 4217 currency code, e.g. EUR") String currency) {

    RestaurantCommand toCommand() {
        return new RestaurantCommand(name, slug, street, postalCode, city, countryCode, latitude, longitude, phone,
                email, timeZone, language, currency);
    }
}
