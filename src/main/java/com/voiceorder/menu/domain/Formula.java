package com.voiceorder.menu.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A combo at a fixed price ("Menu du midi : entrée + plat ou plat + dessert, 16,90 €"): ordered
 * slots, each filled by one item from its allowed categories or items. Slots are addressed by
 * their index from 0; replacing the slots renumbers them.
 */
@Entity
@Table(name = "formula")
public class Formula extends BaseEntity {

    @Column(name = "restaurant_id", nullable = false)
    private Long restaurantId;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "price_cents", nullable = false)
    private long priceCents;

    @Column(name = "available", nullable = false)
    private boolean available;

    @OneToMany(mappedBy = "formula", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<FormulaSlot> slots = new ArrayList<>();

    protected Formula() {
    }

    /** A new, available formula without slots. */
    public Formula(Long restaurantId, String name, String description, long priceCents) {
        this.restaurantId = Guard.required("restaurantId", restaurantId);
        describe(name, description);
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

    public void makeAvailable() {
        available = true;
    }

    public void makeUnavailable() {
        available = false;
    }

    /** Sets the slots to exactly these, in this order (indexes 0, 1, …). */
    public void replaceSlots(List<FormulaSlotSpec> specs) {
        List<FormulaSlotSpec> wanted = specs == null ? List.of() : List.copyOf(specs);
        List<FormulaSlot> fresh = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            fresh.add(new FormulaSlot(this, i, wanted.get(i)));
        }
        ChildList.replace(slots, fresh);
    }

    /**
     * Checks a caller's choices: slot index (from 0) → menu item id. Every required slot is filled,
     * every chosen item exists in this restaurant, is allowed in its slot and can be ordered.
     * {@code items} looks an item up by id (null when unknown).
     */
    public void validateChoices(Map<Integer, Long> choices, Function<Long, MenuItem> items) {
        Map<Integer, Long> chosen = choices == null ? Map.of() : choices;
        List<FormulaSlot> ordered = slots();
        for (Integer index : chosen.keySet()) {
            if (index == null || index < 0 || index >= ordered.size()) {
                throw new DomainException("slots", name + " has no slot " + index);
            }
        }
        for (FormulaSlot slot : ordered) {
            Long itemId = chosen.get(slot.position());
            if (itemId == null) {
                if (slot.isRequired()) {
                    throw new DomainException("slots", name + ": choose the " + slot.name());
                }
                continue;
            }
            MenuItem item = items.apply(itemId);
            if (item == null || !restaurantId.equals(item.restaurantId())) {
                throw new DomainException("slots", name + ", " + slot.name() + ": item " + itemId + " does not exist");
            }
            if (!slot.allows(item)) {
                throw new DomainException("slots", name + ": " + item.name() + " cannot be chosen as " + slot.name());
            }
            if (!item.isOrderable()) {
                throw new DomainException("slots", name + ", " + slot.name() + ": " + item.name() + " is not available");
            }
        }
    }

    public boolean isOrderable() {
        return available;
    }

    public Long restaurantId() {
        return restaurantId;
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

    public boolean isAvailable() {
        return available;
    }

    /** Slots in index order. */
    public List<FormulaSlot> slots() {
        return slots.stream().sorted(Comparator.comparingInt(FormulaSlot::position)).toList();
    }
}
