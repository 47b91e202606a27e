package com.voiceorder.ordering.api;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The status an order moves to. */
public record OrderStatusRequest(
        @Schema(enumeration = {"ACCEPTED", "PREPARING", "READY", "OUT_FOR_DELIVERY", "COMPLETED", "CANCELLED"})
        @NotBlank(message = "status is required") String status) {
}
