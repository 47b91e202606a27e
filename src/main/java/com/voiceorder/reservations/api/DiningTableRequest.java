package com.voiceorder.reservations.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A table in a room; {@code combinableWith} is mirrored on the other tables; active null = true. */
public record DiningTableRequest(
        @NotNull(message = "roomId is required") Long roomId,
        @NotBlank(message = "label is required") @Size(max = 20, message = "label is at most 20 characters") String label,
        @NotNull(message = "minCovers is required") Integer minCovers,
        @NotNull(message = "maxCovers is required") Integer maxCovers,
        Set<Long> combinableWith,
        Boolean active) {
}
