package com.voiceorder.reservations.api;

import jakarta.validation.constraints.Size;

/** Why a reservation is cancelled (optional). */
public record ReservationCancelRequest(
        @Size(max = 500, message = "the reason is at most 500 characters") String reason) {
}
