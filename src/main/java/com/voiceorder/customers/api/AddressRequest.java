package com.voiceorder.customers.api;

import com.voiceorder.customers.domain.AddressDetails;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A delivery address; the same street and postal code as a known one refreshes that one. */
public record AddressRequest(
        @Size(max = 60, message = "At most 60 characters") String label,
        @NotBlank(message = "A street is required") @Size(max = 300, message = "At most 300 characters") String street,
        @NotBlank(message = "A postal code is required") @Size(max = 20, message = "At most 20 characters") String postalCode,
        @Size(max = 120, message = "At most 120 characters") String city,
        @DecimalMin(value = "-90", message = "Between -90 and 90") @DecimalMax(value = "90", message = "Between -90 and 90")
        Double latitude,
        @DecimalMin(value = "-180", message = "Between -180 and 180") @DecimalMax(value = "180", message = "Between -180 and 180")
        Double longitude,
        @Size(max = 500, message = "At most 500 characters") String deliveryInstructions) {

    AddressDetails toDetails() {
        return new AddressDetails(label, street, postalCode, city, latitude, longitude, deliveryInstructions);
    }
}
