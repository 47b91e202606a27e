package com.voiceorder.menu.api;

import com.voiceorder.menu.application.MenuItemCommand;
import com.voiceorder.menu.domain.Allergen;
import com.voiceorder.menu.domain.OptionGroupSpec;
import com.voiceorder.menu.domain.OptionSpec;
import com.voiceorder.shared.domain.DomainException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A menu item. Allergens by code ("GLUTEN", "MILK"…, any case). Option groups and options sent
 * with their id are updated in place, those without are created, existing ones left out are
 * deleted. available defaults to true, position to 0; prepMinutes absent = the kitchen's default.
 */
public record MenuItemRequest(
        @NotNull(message = "A category id is required") Long categoryId,
        @NotBlank(message = "A name is required") @Size(max = 200, message = "At most 200 characters") String name,
        @Size(max = 2000, message = "At most 2000 characters") String description,
        @NotNull(message = "A price in cents is required") @PositiveOrZero(message = "Cannot be negative") Long priceCents,
        Set<@NotBlank(message = "An allergen code is required") String> allergens,
        Boolean available,
        @Min(value = 0, message = "Between 0 and 1440 minutes") @Max(value = 1440, message = "Between 0 and 1440 minutes")
        Integer prepMinutes,
        @PositiveOrZero(message = "Cannot be negative") Integer position,
        List<@NotNull(message = "An option group is required") @Valid OptionGroup> optionGroups) {

    /** Choose between minChoices and maxChoices of the options (minChoices 0 = optional). */
    public record OptionGroup(
            Long id,
            @NotBlank(message = "A name is required") @Size(max = 120, message = "At most 120 characters") String name,
            @NotNull(message = "Required") @PositiveOrZero(message = "Cannot be negative") Integer minChoices,
            @NotNull(message = "Required") @Min(value = 1, message = "At least 1") Integer maxChoices,
            @NotNull(message = "Options are required")
            List<@NotNull(message = "An option is required") @Valid Option> options) {
    }

    /** An option; priceDeltaCents is added to the item's price (default 0), available defaults to true. */
    public record Option(
            Long id,
            @NotBlank(message = "A name is required") @Size(max = 120, message = "At most 120 characters") String name,
            @PositiveOrZero(message = "Cannot be negative") Long priceDeltaCents,
            Boolean available) {
    }

    MenuItemCommand toCommand() {
        List<OptionGroupSpec> groups = optionGroups == null ? List.of() : optionGroups.stream()
                .map(group -> new OptionGroupSpec(group.id(), group.name(), group.minChoices(), group.maxChoices(),
                        group.options().stream()
                                .map(option -> new OptionSpec(option.id(), option.name(),
                                        option.priceDeltaCents() == null ? 0 : option.priceDeltaCents(),
                                        option.available() == null || option.available()))
                                .toList()))
                .toList();
        return new MenuItemCommand(categoryId, name, description, priceCents, allergenSet(allergens),
                available == null || available, prepMinutes, position == null ? 0 : position, groups);
    }

    /** Allergen codes, any case and surrounding spaces; an unknown code is refused naming {@code allergens}. */
    static Set<Allergen> allergenSet(Set<String> codes) {
        Set<Allergen> result = EnumSet.noneOf(Allergen.class);
        if (codes == null) {
            return result;
        }
        for (String code : codes) {
            String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            result.add(Arrays.stream(Allergen.values())
                    .filter(allergen -> allergen.name().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new DomainException("allergens",
                            "Unknown allergen " + code + "; one of " + Arrays.toString(Allergen.values()))));
        }
        return result;
    }
}
