package com.voiceorder.menu.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;

/** A menu item with its option groups; available null = true, position null = 0. */
public record MenuItemRequest(
        @NotNull(message = "categoryId is required") Long categoryId,
        @NotBlank(message = "name is required") String name,
        String description,
        @NotNull(message = "priceCents is required") Long priceCents,
        Set<String> allergens,
        Boolean available,
        Integer prepMinutes,
        Integer position,
        List<@NotNull @Valid OptionGroup> optionGroups) {

    /** A question about the item; the caller picks between minChoices and maxChoices options. */
    public record OptionGroup(@NotBlank(message = "the group's name is required") String name, int minChoices,
                              int maxChoices, List<@NotNull @Valid Option> options) {
    }

    /** One choice; available null = true. */
    public record Option(@NotBlank(message = "the option's name is required") String name, long priceDeltaCents,
                         Boolean available) {
    }
}
