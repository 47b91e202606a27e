package com.voiceorder.reservations.api;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The status a reservation moves to. */
public record ReservationStatusRequest(
        @Schema(enumeration = {"CONFIRMED", "SEATED", "COMPLETED", "NO_SHOW"})
        @NotBlank(message = "status is required") String status) {
}
