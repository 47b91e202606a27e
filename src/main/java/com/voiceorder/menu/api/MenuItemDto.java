package com.voiceorder.menu.api;

import com.voiceorder.menu.domain.MenuItem;
import java.util.List;

/** A menu item with its option groups and their options (with ids, for ordering). */
public record MenuItemDto(Long id, Long categoryId, String name, String description, long priceCents,
                          List<String> allergens, boolean available, boolean soldOut, Integer prepMinutes,
                          int position, List<OptionGroup> optionGroups) {

    public record OptionGroup(Long id, String name, int minChoices, int maxChoices, List<Option> options) {
    }

    public record Option(Long id, String name, long priceDeltaCents, boolean available) {
    }

    static MenuItemDto of(MenuItem item) {
        return new MenuItemDto(item.getId(), item.categoryId(), item.name(), item.description(), item.priceCents(),
                item.allergens().stream().map(Enum::name).toList(), item.isAvailable(), item.isSoldOut(),
                item.prepMinutes(), item.position(),
                item.optionGroups().stream().map(group -> new OptionGroup(group.getId(), group.name(),
                        group.minChoices(), group.maxChoices(), group.options().stream()
                        .map(option -> new Option(option.getId(), option.name(), option.priceDeltaCents(),
                                option.isAvailable()))
                        .toList())).toList());
    }
}
