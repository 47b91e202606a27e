package com.voiceorder.restaurant.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A personal API token to create, named after where it is used ("kitchen tablet"). */
public record TokenRequest(
        @NotBlank(message = "A name is required") @Size(max = 100, message = "At most 100 characters") String name) {
}
