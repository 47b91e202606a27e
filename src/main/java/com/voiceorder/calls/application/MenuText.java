package com.voiceorder.calls.application;

import com.voiceorder.menu.application.FormulaView;
import com.voiceorder.menu.application.MenuCategoryView;
import com.voiceorder.menu.application.MenuItemView;
import com.voiceorder.shared.domain.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The menu written for the agent, one line per item: name, price, short description, allergens,
 * option groups; items off the menu left out, sold-out items marked; then the formulas.
 */
final class MenuText {

    private static final int DESCRIPTION_MAX = 90;

    private MenuText() {
    }

    static void write(StringBuilder out, PromptWording words, List<MenuCategoryView> categories,
            List<MenuItemView> items, List<FormulaView> formulas) {
        Map<Long, String> categoryNames = categories.stream()
                .collect(Collectors.toMap(MenuCategoryView::id, MenuCategoryView::name));
        Map<Long, String> itemNames = items.stream().collect(Collectors.toMap(MenuItemView::id, MenuItemView::name));
        out.append("\n## ").append(words.menuTitle()).append('\n');
        categories.stream().sorted(Comparator.comparingInt(MenuCategoryView::position)).forEach(category -> {
            List<MenuItemView> shown = items.stream()
                    .filter(item -> item.categoryId().equals(category.id()) && item.available())
                    .sorted(Comparator.comparingInt(MenuItemView::position).thenComparing(MenuItemView::name))
                    .toList();
            if (!shown.isEmpty()) {
                out.append("### ").append(category.name()).append('\n');
                shown.forEach(item -> item(out, words, item));
            }
        });
        List<FormulaView> offered = formulas.stream().filter(FormulaView::available).toList();
        if (!offered.isEmpty()) {
            out.append("\n## ").append(words.formulasTitle()).append('\n');
            offered.forEach(formula -> formula(out, formula, categoryNames, itemNames, words));
        }
    }

    private static void item(StringBuilder out, PromptWording words, MenuItemView item) {
        out.append("- ").append(item.name()).append(' ').append(money(item.priceCents(), words));
        if (item.soldOut()) {
            out.append(" [").append(words.soldOut()).append(']');
        }
        if (item.description() != null && !item.description().isBlank()) {
            out.append(" — ").append(shorten(item.description()));
        }
        if (!item.allergens().isEmpty()) {
            out.append(" (").append(words.allergens()).append(": ")
                    .append(item.allergens().stream().sorted().map(allergen -> allergen.label(words.locale()))
                            .collect(Collectors.joining(", ")))
                    .append(')');
        }
        for (MenuItemView.OptionGroupView group : item.optionGroups()) {
            List<String> options = group.options().stream().filter(MenuItemView.OptionView::available)
                    .map(option -> option.name() + (option.priceDeltaCents() == 0 ? ""
                            : " " + (option.priceDeltaCents() > 0 ? "+" : "") + money(option.priceDeltaCents(), words)))
                    .toList();
            if (!options.isEmpty()) {
                out.append(" | ").append(group.name()).append(" (").append(choices(group, words)).append("): ")
                        .append(String.join(", ", options));
            }
        }
        out.append('\n');
    }

    private static String choices(MenuItemView.OptionGroupView group, PromptWording words) {
        String range = group.minChoices() == group.maxChoices()
                ? String.valueOf(group.maxChoices()) : group.minChoices() + "-" + group.maxChoices();
        return range + " " + words.choose();
    }

    private static void formula(StringBuilder out, FormulaView formula, Map<Long, String> categoryNames,
            Map<Long, String> itemNames, PromptWording words) {
        out.append("- ").append(formula.name()).append(' ').append(money(formula.priceCents(), words));
        if (formula.description() != null && !formula.description().isBlank()) {
            out.append(" — ").append(shorten(formula.description()));
        }
        List<String> slots = new ArrayList<>();
        for (FormulaView.SlotView slot : formula.slots()) {
            List<String> allowed = new ArrayList<>(names(slot.allowedCategoryIds(), categoryNames::get));
            allowed.addAll(names(slot.allowedItemIds(), itemNames::get));
            slots.add(slot.name() + " (" + String.join(", ", allowed) + ")");
        }
        if (!slots.isEmpty()) {
            out.append(": ").append(String.join(" + ", slots));
        }
        out.append('\n');
    }

    private static List<String> names(Set<Long> ids, Function<Long, String> name) {
        return ids.stream().map(name).filter(java.util.Objects::nonNull).sorted().toList();
    }

    static String money(long cents, PromptWording words) {
        return Money.euros(cents).format(words.locale()).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= DESCRIPTION_MAX ? flat : flat.substring(0, DESCRIPTION_MAX - 1) + "…";
    }
}
