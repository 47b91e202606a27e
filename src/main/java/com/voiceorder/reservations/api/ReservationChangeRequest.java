package com.voiceorder.reservations.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reservation's new schedule, replacing the old one: service date, local time, party size,
 * optionally the service (null = the one seating at that time) and the offer (null = none).
 */
public record ReservationChangeRequest(
        @Schema(example = "2026-05-02") @NotBlank(message = "date is required (YYYY-MM-DD)") String date,
        @Schema(example = "20:30") @NotBlank(message = "time is required (HH:MM)") String time,
        @NotNull(message = "partySize is required")
        @Min(value = 1, message = "partySize is at least 1")
        @Max(value = 500, message = "partySize is at most 500") Integer partySize,
        Long serviceId,
        Long offerId) {
}
