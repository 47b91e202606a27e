package com.voiceorder.menu.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** One course of a formula ("Entrée", "Plat", "Dessert"), filled by an item of the allowed categories or items. */
@Entity
@Table(name = "formula_slot")
public class FormulaSlot extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "formula_id", nullable = false)
    private Formula formula;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "required", nullable = false)
    private boolean required;

    @ElementCollection
    @CollectionTable(name = "formula_slot_category", joinColumns = @JoinColumn(name = "formula_slot_id"))
    @Column(name = "category_id", nullable = false)
    private Set<Long> allowedCategoryIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "formula_slot_item", joinColumns = @JoinColumn(name = "formula_slot_id"))
    @Column(name = "menu_item_id", nullable = false)
    private Set<Long> allowedItemIds = new HashSet<>();

    protected FormulaSlot() {
    }

    FormulaSlot(Formula formula, int position, FormulaSlotSpec spec) {
        this.formula = formula;
        this.position = position;
        this.name = Guard.text("name", spec.name(), 120);
        if (spec.allowedCategoryIds().isEmpty() && spec.allowedItemIds().isEmpty()) {
            throw new DomainException("slots", name + " allows no category and no item");
        }
        this.required = spec.required();
        this.allowedCategoryIds.addAll(spec.allowedCategoryIds());
        this.allowedItemIds.addAll(spec.allowedItemIds());
    }

    /** Whether the item may fill this slot: it is listed, or its category is. */
    public boolean allows(MenuItem item) {
        return allowedItemIds.contains(item.getId()) || allowedCategoryIds.contains(item.categoryId());
    }

    public Formula formula() {
        return formula;
    }

    /** The slot's index in its formula, from 0. */
    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public boolean isRequired() {
        return required;
    }

    public Set<Long> allowedCategoryIds() {
        return Set.copyOf(allowedCategoryIds);
    }

    public Set<Long> allowedItemIds() {
        return Set.copyOf(allowedItemIds);
    }
}
