package com.voiceorder.menu.api;

import com.voiceorder.menu.application.MenuCategoryCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A menu category; position orders categories on the menu (default 0), active defaults to true. */
public record MenuCategoryRequest(
        @NotBlank(message = "A name is required") @Size(max = 120, message = "At most 120 characters") String name,
        @Size(max = 1000, message = "At most 1000 characters") String description,
        @PositiveOrZero(message = "Cannot be negative") Integer position,
        Boolean active) {

    MenuCategoryCommand toCommand() {
        return new MenuCategoryCommand(name, description, position == null ? 0 : position, active == null || active);
    }
}
