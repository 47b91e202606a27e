package com.voiceorder.ordering.application;

import com.voiceorder.menu.domain.Formula;
import com.voiceorder.menu.domain.MenuItem;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A menu held in maps, for pricing without a database (tests and the pricing benchmark). */
public final class InMemoryOrderMenu implements OrderMenu {

    private final Map<Long, MenuItem> items = new LinkedHashMap<>();
    private final Map<Long, Formula> formulas = new LinkedHashMap<>();

    public InMemoryOrderMenu add(MenuItem item) {
        items.put(item.getId(), item);
        return this;
    }

    public InMemoryOrderMenu add(Formula formula) {
        formulas.put(formula.getId(), formula);
        return this;
    }

    public MenuItem get(long itemId) {
        return items.get(itemId);
    }

    @Override
    public Optional<MenuItem> item(Long itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    @Override
    public Optional<Formula> formula(Long formulaId) {
        return Optional.ofNullable(formulas.get(formulaId));
    }

    @Override
    public List<MenuItem> orderableInCategory(Long categoryId) {
        return items.values().stream()
                .filter(item -> item.categoryId().equals(categoryId) && item.isOrderable())
                .sorted(Comparator.comparingInt(MenuItem::position).thenComparing(MenuItem::name))
                .toList();
    }
}
