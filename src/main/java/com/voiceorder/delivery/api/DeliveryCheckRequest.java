package com.voiceorder.delivery.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** An address as the caller said it, and optionally the customer (so a saved address is recognised). */
public record DeliveryCheckRequest(
        @NotBlank(message = "An address is required") @Size(max = 400, message = "At most 400 characters")
        String address,
        @Positive(message = "Must be a customer id") Long customerId) {
}
