package com.voiceorder.menu.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A dish or drink on the menu, with its price, allergens and option groups (cooking, sides,
 * extras). It can be withdrawn from the menu (unavailable) or sold out for the day; either way
 * it cannot be ordered. {@link #validateChoice} and {@link #priceWith} check and price a caller's options.
 */
@Entity
@Table(name = "menu_item")
public class MenuItem extends BaseEntity {

    @Column(name = "restaurant_id", nullable = false)
    private Long restaurantId;

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "price_cents", nullable = false)
    private long priceCents;

    @ElementCollection
    @CollectionTable(name = "menu_item_allergen", joinColumns = @JoinColumn(name = "menu_item_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "allergen", nullable = false, length = 20)
    private Set<Allergen> allergens = new HashSet<>();

    @Column(name = "available", nullable = false)
    private boolean available;

    @Column(name = "sold_out", nullable = false)
    private boolean soldOut;

    /** Null: the kitchen's default preparation time applies. */
    @Column(name = "prep_minutes")
    private Integer prepMinutes;

    @Column(name = "position", nullable = false)
    private int position;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<OptionGroup> optionGroups = new ArrayList<>();

    protected MenuItem() {
    }

    /** A new, available item without allergens or options. */
    public MenuItem(Long restaurantId, Long categoryId, String name, long priceCents) {
        this.restaurantId = Guard.required("restaurantId", restaurantId);
        moveTo(categoryId, 0);
        describe(name, null);
        reprice(priceCents);
        this.available = true;
    }

    public void describe(String newName, String newDescription) {
        this.name = Guard.text("name", newName, 200);
        this.description = Guard.optionalText("description", newDescription, 2000);
    }

    public void reprice(long newPriceCents) {
        this.priceCents = Guard.notNegative("priceCents", newPriceCents);
    }

    public void moveTo(Long newCategoryId, int newPosition) {
        this.categoryId = Guard.required("categoryId", newCategoryId);
        this.position = Guard.notNegative("position", newPosition);
    }

    public void declareAllergens(Collection<Allergen> declared) {
        Set<Allergen> wanted = declared == null ? Set.of() : Set.copyOf(declared);
        allergens.retainAll(wanted);
        allergens.addAll(wanted);
    }

    /** Minutes the kitchen needs for this item; null to use the restaurant's default. */
    public void changePrepMinutes(Integer minutes) {
        if (minutes != null && (minutes < 0 || minutes > 24 * 60)) {
            throw new DomainException("prepMinutes", "Preparation takes between 0 and 1440 minutes");
        }
        this.prepMinutes = minutes;
    }

    /** Puts the item on the menu. */
    public void makeAvailable() {
        available = true;
    }

    /** Takes the item off the menu (seasonal, discontinued) without deleting it. */
    public void makeUnavailable() {
        available = false;
    }

    /** Nothing left for today; stays on the menu. Marking twice changes nothing. */
    public void markSoldOut() {
        soldOut = true;
    }

    public void markBackInStock() {
        soldOut = false;
    }

    /** On the menu and not sold out. */
    public boolean isOrderable() {
        return available && !soldOut;
    }

    /**
     * Sets the option groups to exactly these, in this order. Groups and options given with an id
     * are updated in place (past orders keep pointing at them); the others are created; the rest removed.
     */
    public void defineOptionGroups(List<OptionGroupSpec> specs) {
        List<OptionGroupSpec> wanted = specs == null ? List.of() : List.copyOf(specs);
        Set<String> names = new HashSet<>();
        for (OptionGroupSpec spec : wanted) {
            if (spec.name() != null && !names.add(spec.name().strip().toLowerCase(Locale.ROOT))) {
                throw new DomainException("optionGroups", "Two option groups are called " + spec.name());
            }
        }
        Map<Long, OptionGroup> existing = optionGroups.stream()
                .filter(group -> group.getId() != null)
                .collect(Collectors.toMap(OptionGroup::getId, Function.identity()));
        List<OptionGroup> kept = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            OptionGroupSpec spec = wanted.get(i);
            OptionGroup group = spec.id() == null ? new OptionGroup(this) : existing.get(spec.id());
            if (group == null) {
                throw new DomainException("optionGroups", "Option group " + spec.id() + " is not part of " + name);
            }
            group.define(i, spec);
            kept.add(group);
        }
        ChildList.replace(optionGroups, kept);
    }

    /**
     * Checks a caller's choice of options for this item: each option belongs to the item, is chosen
     * once and is available, and each group gets between its minimum and maximum number of choices.
     * Throws a DomainException on field "optionIds" whose message names the group at fault.
     */
    public void validateChoice(List<Long> optionIds) {
        List<Long> chosen = optionIds == null ? List.of() : optionIds;
        Set<Long> seen = new HashSet<>();
        Map<OptionGroup, Integer> counts = new HashMap<>();
        for (Long id : chosen) {
            if (id == null) {
                throw new DomainException("optionIds", "An option id is missing");
            }
            MenuOption option = option(id).orElseThrow(
                    () -> new DomainException("optionIds", "Option " + id + " is not an option of " + name));
            if (!seen.add(id)) {
                throw new DomainException("optionIds",
                        option.group().name() + ": " + option.name() + " is chosen more than once");
            }
            if (!option.isAvailable()) {
                throw new DomainException("optionIds",
                        option.group().name() + ": " + option.name() + " is not available");
            }
            counts.merge(option.group(), 1, Integer::sum);
        }
        for (OptionGroup group : optionGroups()) {
            int count = counts.getOrDefault(group, 0);
            if (count < group.minChoices()) {
                throw new DomainException("optionIds", group.name() + ": choose at least " + group.minChoices()
                        + (group.minChoices() == 1 ? " option" : " options") + " for " + name);
            }
            if (count > group.maxChoices()) {
                throw new DomainException("optionIds", group.name() + ": choose at most " + group.maxChoices()
                        + (group.maxChoices() == 1 ? " option" : " options") + " for " + name);
            }
        }
    }

    /** Unit price in cents with these options, after {@link #validateChoice}. */
    public long priceWith(List<Long> optionIds) {
        validateChoice(optionIds);
        long total = priceCents;
        for (Long id : optionIds == null ? List.<Long>of() : optionIds) {
            total = Math.addExact(total, option(id).orElseThrow().priceDeltaCents());
        }
        return total;
    }

    public Optional<MenuOption> option(Long optionId) {
        return optionGroups.stream()
                .flatMap(group -> group.options().stream())
                .filter(option -> option.getId() != null && option.getId().equals(optionId))
                .findFirst();
    }

    public Long restaurantId() {
        return restaurantId;
    }

    public Long categoryId() {
        return categoryId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public long priceCents() {
        return priceCents;
    }

    /** Allergens in declaration order of {@link Allergen}. */
    public Set<Allergen> allergens() {
        return allergens.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(allergens));
    }

    public boolean isAvailable() {
        return available;
    }

    public boolean isSoldOut() {
        return soldOut;
    }

    public Integer prepMinutes() {
        return prepMinutes;
    }

    public int position() {
        return position;
    }

    /** Option groups in position order. */
    public List<OptionGroup> optionGroups() {
        return optionGroups.stream().sorted(Comparator.comparingInt(OptionGroup::position)).toList();
    }
}
