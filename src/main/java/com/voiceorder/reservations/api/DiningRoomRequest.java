package com.voiceorder.reservations.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A dining room; position null = 0, active null = true. */
public record DiningRoomRequest(
        @NotBlank(message = "name is required") @Size(max = 100, message = "name is at most 100 characters") String name,
        @Min(value = 0, message = "position is not negative") Integer position,
        Boolean active) {
}
