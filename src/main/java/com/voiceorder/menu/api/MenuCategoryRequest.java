package com.voiceorder.menu.api;

import jakarta.validation.constraints.NotBlank;

/** A menu category; position null = 0, active null = true. */
public record MenuCategoryRequest(@NotBlank(message = "name is required") String name, String description,
                                  Integer position, Boolean active) {
}
