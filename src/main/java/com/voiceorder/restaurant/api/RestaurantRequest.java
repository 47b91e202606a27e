package com.voiceorder.restaurant.api;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A restaurant's profile; phone in any notation, time zone an IANA id. */
public record RestaurantRequest(
        @NotBlank(message = "name is required") String name,
        String slug,
        String street,
        String postalCode,
        String city,
        @Schema(example = "FR") String countryCode,
        Double latitude,
        Double longitude,
        String phone,
        String email,
        @Schema(example = "Europe/Paris") @NotBlank(message = "timeZone is required") String timeZone,
        String language,
        String currency) {
}
