package com.voiceorder.menu.api;

import com.voiceorder.menu.application.MenuItemView;
import com.voiceorder.menu.domain.Allergen;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A menu item with its allergens (code and label in the requested language) and option groups. */
public record MenuItemDto(
        Long id,
        Long categoryId,
        String name,
        String description,
        long priceCents,
        List<AllergenDto> allergens,
        boolean available,
        boolean soldOut,
        Integer prepMinutes,
        int position,
        List<OptionGroupDto> optionGroups) {

    public record AllergenDto(String code, String label) {
        static AllergenDto from(Allergen allergen, Locale language) {
            return new AllergenDto(allergen.name(), allergen.label(language));
        }
    }

    public record OptionGroupDto(Long id, String name, int minChoices, int maxChoices, boolean required,
            List<OptionDto> options) {
        static OptionGroupDto from(MenuItemView.OptionGroupView group) {
            return new OptionGroupDto(group.id(), group.name(), group.minChoices(), group.maxChoices(), group.required(),
                    group.options().stream().map(OptionDto::from).toList());
        }
    }

    public record OptionDto(Long id, String name, long priceDeltaCents, boolean available) {
        static OptionDto from(MenuItemView.OptionView option) {
            return new OptionDto(option.id(), option.name(), option.priceDeltaCents(), option.available());
        }
    }

    /** Allergens in the regulation's order, labelled in the given language. */
    static MenuItemDto from(MenuItemView item, Locale language) {
        return new MenuItemDto(item.id(), item.categoryId(), item.name(), item.description(), item.priceCents(),
                item.allergens().stream().sorted(Comparator.naturalOrder())
                        .map(allergen -> AllergenDto.from(allergen, language)).toList(),
                item.available(), item.soldOut(), item.prepMinutes(), item.position(),
                item.optionGroups().stream().map(OptionGroupDto::from).toList());
    }
}
