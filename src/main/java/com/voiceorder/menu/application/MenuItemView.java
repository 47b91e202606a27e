package com.voiceorder.menu.application;

import com.voiceorder.menu.domain.Allergen;
import com.voiceorder.menu.domain.MenuItem;
import com.voiceorder.menu.domain.MenuOption;
import com.voiceorder.menu.domain.OptionGroup;
import java.util.List;
import java.util.Set;

/** A menu item with its option groups, detached from the database. */
public record MenuItemView(
        Long id,
        Long categoryId,
        String name,
        String description,
        long priceCents,
        Set<Allergen> allergens,
        boolean available,
        boolean soldOut,
        Integer prepMinutes,
        int position,
        List<OptionGroupView> optionGroups) {

    public record OptionGroupView(Long id, String name, int minChoices, int maxChoices, boolean required,
            List<OptionView> options) {

        static OptionGroupView of(OptionGroup group) {
            return new OptionGroupView(group.getId(), group.name(), group.minChoices(), group.maxChoices(),
                    group.isRequired(), group.options().stream().map(OptionView::of).toList());
        }
    }

    public record OptionView(Long id, String name, long priceDeltaCents, boolean available) {

        static OptionView of(MenuOption option) {
            return new OptionView(option.getId(), option.name(), option.priceDeltaCents(), option.isAvailable());
        }
    }

    /** On the menu and not sold out. */
    public boolean orderable() {
        return available && !soldOut;
    }

    public static MenuItemView of(MenuItem item) {
        return new MenuItemView(item.getId(), item.categoryId(), item.name(), item.description(), item.priceCents(),
                item.allergens(), item.isAvailable(), item.isSoldOut(), item.prepMinutes(), item.position(),
                item.optionGroups().stream().map(OptionGroupView::of).toList());
    }
}
