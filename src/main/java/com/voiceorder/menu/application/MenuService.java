package com.voiceorder.menu.application;

import com.voiceorder.menu.domain.Formula;
import com.voiceorder.menu.domain.FormulaRepository;
import com.voiceorder.menu.domain.FormulaSlotSpec;
import com.voiceorder.menu.domain.MenuCategory;
import com.voiceorder.menu.domain.MenuCategoryRepository;
import com.voiceorder.menu.domain.MenuItem;
import com.voiceorder.menu.domain.MenuItemRepository;
import com.voiceorder.restaurant.domain.RestaurantRepository;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The restaurant's menu: categories, items with their options, formulas. Every operation is
 * scoped by restaurant; ids of another restaurant are not found. Lists return detached views.
 */
@ApplicationScoped
@Transactional
public class MenuService {

    private final MenuCategoryRepository categories;
    private final MenuItemRepository items;
    private final FormulaRepository formulas;
    private final RestaurantRepository restaurants;

    @Inject
    public MenuService(MenuCategoryRepository categories, MenuItemRepository items, FormulaRepository formulas,
            RestaurantRepository restaurants) {
        this.categories = categories;
        this.items = items;
        this.formulas = formulas;
        this.restaurants = restaurants;
    }

    /** For CDI proxies. */
    protected MenuService() {
        this(null, null, null, null);
    }

    // --- categories -----------------------------------------------------------------------------

    public List<MenuCategoryView> listCategories(Long restaurantId, boolean activeOnly) {
        ensureRestaurant(restaurantId);
        return categories.findByRestaurant(restaurantId, activeOnly).stream().map(MenuCategoryView::of).toList();
    }

    public MenuCategory getCategory(Long restaurantId, Long categoryId) {
        return categories.findById(restaurantId, categoryId)
                .orElseThrow(() -> new NotFoundException("Menu category", categoryId));
    }

    public MenuCategory createCategory(Long restaurantId, MenuCategoryCommand command) {
        ensureRestaurant(restaurantId);
        MenuCategory category = new MenuCategory(restaurantId, command.name(), command.description(), command.position());
        if (!command.active()) {
            category.deactivate();
        }
        return categories.add(category);
    }

    public MenuCategory updateCategory(Long restaurantId, Long categoryId, MenuCategoryCommand command) {
        MenuCategory category = getCategory(restaurantId, categoryId);
        category.describe(command.name(), command.description());
        category.moveTo(command.position());
        if (command.active()) {
            category.activate();
        } else {
            category.deactivate();
        }
        return category;
    }

    /** Deletes an empty category; one that still holds items is refused (move or delete them first). */
    public void deleteCategory(Long restaurantId, Long categoryId) {
        MenuCategory category = getCategory(restaurantId, categoryId);
        long count = items.countByCategory(restaurantId, categoryId);
        if (count > 0) {
            throw new DomainException("categoryId", category.name() + " still holds " + count + " item(s)");
        }
        categories.remove(category);
    }

    // --- items ----------------------------------------------------------------------------------

    /** All items, or those of one category when categoryId is not null. */
    public List<MenuItemView> listItems(Long restaurantId, Long categoryId) {
        ensureRestaurant(restaurantId);
        List<MenuItem> found = categoryId == null
                ? items.findByRestaurant(restaurantId)
                : items.findByCategory(restaurantId, getCategory(restaurantId, categoryId).getId());
        return found.stream().map(MenuItemView::of).toList();
    }

    /** What a caller can order now: available, not sold out, in an active category. */
    public List<MenuItemView> listOrderableItems(Long restaurantId) {
        ensureRestaurant(restaurantId);
        return items.findOrderable(restaurantId).stream().map(MenuItemView::of).toList();
    }

    public MenuItem getItem(Long restaurantId, Long itemId) {
        return items.findById(restaurantId, itemId).orElseThrow(() -> new NotFoundException("Menu item", itemId));
    }

    /** The item if it exists in this restaurant; empty otherwise (no exception, so a caller's transaction stays usable). */
    public Optional<MenuItem> findItem(Long restaurantId, Long itemId) {
        return itemId == null ? Optional.empty() : items.findById(restaurantId, itemId);
    }

    /**
     * Items of that category a customer can order now (available, not sold out), in menu order;
     * empty for a category that is unknown here or inactive.
     */
    public List<MenuItem> findOrderableInCategory(Long restaurantId, Long categoryId) {
        if (categoryId == null || categories.findById(restaurantId, categoryId).filter(MenuCategory::isActive).isEmpty()) {
            return List.of();
        }
        return items.findByCategory(restaurantId, categoryId).stream().filter(MenuItem::isOrderable).toList();
    }

    public MenuItem createItem(Long restaurantId, MenuItemCommand command) {
        ensureRestaurant(restaurantId);
        ensureCategory(restaurantId, command.categoryId());
        MenuItem item = new MenuItem(restaurantId, command.categoryId(), command.name(), command.priceCents());
        apply(item, command);
        return items.add(item);
    }

    public MenuItem updateItem(Long restaurantId, Long itemId, MenuItemCommand command) {
        MenuItem item = getItem(restaurantId, itemId);
        ensureCategory(restaurantId, command.categoryId());
        item.reprice(command.priceCents());
        apply(item, command);
        return item;
    }

    private static void apply(MenuItem item, MenuItemCommand command) {
        item.describe(command.name(), command.description());
        item.moveTo(command.categoryId(), command.position());
        item.declareAllergens(command.allergens());
        item.changePrepMinutes(command.prepMinutes());
        if (command.available()) {
            item.makeAvailable();
        } else {
            item.makeUnavailable();
        }
        item.defineOptionGroups(command.optionGroups());
    }

    public MenuItem markSoldOut(Long restaurantId, Long itemId) {
        MenuItem item = getItem(restaurantId, itemId);
        item.markSoldOut();
        return item;
    }

    public MenuItem markBackInStock(Long restaurantId, Long itemId) {
        MenuItem item = getItem(restaurantId, itemId);
        item.markBackInStock();
        return item;
    }

    /** Deletes the item; refused when past orders reference it (make it unavailable instead). */
    public void deleteItem(Long restaurantId, Long itemId) {
        items.remove(getItem(restaurantId, itemId));
    }

    // --- formulas -------------------------------------------------------------------------------

    public List<FormulaView> listFormulas(Long restaurantId, boolean availableOnly) {
        ensureRestaurant(restaurantId);
        return formulas.findByRestaurant(restaurantId, availableOnly).stream().map(FormulaView::of).toList();
    }

    public Formula getFormula(Long restaurantId, Long formulaId) {
        return formulas.findById(restaurantId, formulaId).orElseThrow(() -> new NotFoundException("Formula", formulaId));
    }

    /** The formula if it exists in this restaurant; empty otherwise (no exception, so a caller's transaction stays usable). */
    public Optional<Formula> findFormula(Long restaurantId, Long formulaId) {
        return formulaId == null ? Optional.empty() : formulas.findById(restaurantId, formulaId);
    }

    public Formula createFormula(Long restaurantId, FormulaCommand command) {
        ensureRestaurant(restaurantId);
        Formula formula = new Formula(restaurantId, command.name(), command.description(), command.priceCents());
        apply(restaurantId, formula, command);
        return formulas.add(formula);
    }

    public Formula updateFormula(Long restaurantId, Long formulaId, FormulaCommand command) {
        Formula formula = getFormula(restaurantId, formulaId);
        formula.describe(command.name(), command.description());
        formula.reprice(command.priceCents());
        apply(restaurantId, formula, command);
        return formula;
    }

    private void apply(Long restaurantId, Formula formula, FormulaCommand command) {
        List<FormulaSlotSpec> slots = command.slots() == null ? List.of() : command.slots();
        ensureSlotTargetsExist(restaurantId, slots);
        formula.replaceSlots(slots);
        if (command.available()) {
            formula.makeAvailable();
        } else {
            formula.makeUnavailable();
        }
    }

    public void deleteFormula(Long restaurantId, Long formulaId) {
        formulas.remove(getFormula(restaurantId, formulaId));
    }

    // --- checks ---------------------------------------------------------------------------------

    private void ensureRestaurant(Long restaurantId) {
        if (!restaurants.exists(restaurantId)) {
            throw new NotFoundException("Restaurant", restaurantId);
        }
    }

    private void ensureCategory(Long restaurantId, Long categoryId) {
        if (categoryId == null || categories.findById(restaurantId, categoryId).isEmpty()) {
            throw new DomainException("categoryId", "No category " + categoryId + " in this restaurant");
        }
    }

    private void ensureSlotTargetsExist(Long restaurantId, List<FormulaSlotSpec> slots) {
        Set<Long> categoryIds = new HashSet<>();
        Set<Long> itemIds = new HashSet<>();
        for (FormulaSlotSpec slot : slots) {
            categoryIds.addAll(slot.allowedCategoryIds());
            itemIds.addAll(slot.allowedItemIds());
        }
        for (Long categoryId : categoryIds) {
            if (categories.findById(restaurantId, categoryId).isEmpty()) {
                throw new DomainException("slots", "No category " + categoryId + " in this restaurant");
            }
        }
        Set<Long> known = items.findByIds(restaurantId, itemIds).stream().map(MenuItem::getId).collect(Collectors.toSet());
        for (Long itemId : itemIds) {
            if (!known.contains(itemId)) {
                throw new DomainException("slots", "No menu item " + itemId + " in this restaurant");
            }
        }
    }
}
