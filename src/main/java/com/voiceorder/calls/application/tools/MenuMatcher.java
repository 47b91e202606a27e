package com.voiceorder.calls.application.tools;

import com.voiceorder.calls.application.ToolFailure;
import com.voiceorder.menu.application.MenuItemView;
import java.util.List;
import java.util.Objects;

/**
 * Finds the menu items and options the caller named, or fails with the closest names: an unknown
 * item suggests similar ones, a sold-out item suggests what is orderable in its category.
 */
final class MenuMatcher {

    private final List<MenuItemView> items;

    MenuMatcher(List<MenuItemView> items) {
        this.items = List.copyOf(items);
    }

    MenuItemView orderableItem(String field, String name) {
        List<String> names = items.stream().map(MenuItemView::name).toList();
        MenuItemView item = CloseNames.exact(name, names)
                .flatMap(found -> items.stream().filter(candidate -> candidate.name().equals(found)).findFirst())
                .orElseThrow(() -> new ToolFailure("unknown_item", field,
                        "\"" + name + "\" is not on the menu", CloseNames.closeTo(name, orderableNames())));
        if (!item.orderable()) {
            List<String> sameCategory = items.stream()
                    .filter(MenuItemView::orderable)
                    .filter(other -> Objects.equals(other.categoryId(), item.categoryId()))
                    .map(MenuItemView::name)
                    .limit(3)
                    .toList();
            throw new ToolFailure("sold_out", field, item.name() + " is not available today", sameCategory);
        }
        return item;
    }

    static MenuItemView.OptionView option(MenuItemView item, String field, String name) {
        List<MenuItemView.OptionView> options = item.optionGroups().stream()
                .flatMap(group -> group.options().stream())
                .filter(MenuItemView.OptionView::available)
                .toList();
        List<String> names = options.stream().map(MenuItemView.OptionView::name).toList();
        return CloseNames.exact(name, names)
                .flatMap(found -> options.stream().filter(option -> option.name().equals(found)).findFirst())
                .orElseThrow(() -> new ToolFailure("unknown_option", field,
                        "\"" + name + "\" is not an option of " + item.name(),
                        names.isEmpty() ? List.of() : CloseNames.closeTo(name, names).isEmpty()
                                ? names.stream().limit(3).toList() : CloseNames.closeTo(name, names)));
    }

    private List<String> orderableNames() {
        return items.stream().filter(MenuItemView::orderable).map(MenuItemView::name).toList();
    }
}
