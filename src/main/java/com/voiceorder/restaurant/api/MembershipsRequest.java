package com.voiceorder.restaurant.api;

import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** The restaurants a user may see, replacing the current ones. */
public record MembershipsRequest(
        @NotNull(message = "Give the list of restaurant ids (empty for none)")
        Set<@NotNull(message = "A restaurant id is required") Long> restaurantIds) {
}
