package com.voiceorder.menu.api;

import com.voiceorder.menu.application.FormulaCommand;
import com.voiceorder.menu.domain.FormulaSlotSpec;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** A formula (set menu) at one price, with its slots in order; available defaults to true. */
public record FormulaRequest(
        @NotBlank(message = "A name is required") @Size(max = 200, message = "At most 200 characters") String name,
        @Size(max = 2000, message = "At most 2000 characters") String description,
        @NotNull(message = "A price in cents is required") @PositiveOrZero(message = "Cannot be negative") Long priceCents,
        Boolean available,
        List<@NotNull(message = "A slot is required") @Valid Slot> slots) {

    /** One course: filled by an item of the allowed categories or one of the allowed items; required defaults to true. */
    public record Slot(
            @NotBlank(message = "A name is required") @Size(max = 120, message = "At most 120 characters") String name,
            Set<@NotNull(message = "A category id is required") Long> allowedCategoryIds,
            Set<@NotNull(message = "An item id is required") Long> allowedItemIds,
            Boolean required) {
    }

    FormulaCommand toCommand() {
        List<FormulaSlotSpec> specs = slots == null ? List.of() : slots.stream()
                .map(slot -> new FormulaSlotSpec(slot.name(), slot.allowedCategoryIds(), slot.allowedItemIds(),
                        slot.required() == null || slot.required()))
                .toList();
        return new FormulaCommand(name, description, priceCents, available == null || available, specs);
    }
}
