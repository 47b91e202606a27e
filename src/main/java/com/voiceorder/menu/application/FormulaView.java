package com.voiceorder.menu.application;

import com.voiceorder.menu.domain.Formula;
import com.voiceorder.menu.domain.FormulaSlot;
import java.util.List;
import java.util.Set;

/** A formula with its slots (index from 0), detached from the database. */
public record FormulaView(Long id, String name, String description, long priceCents, boolean available,
        List<SlotView> slots) {

    public record SlotView(int index, String name, boolean required, Set<Long> allowedCategoryIds,
            Set<Long> allowedItemIds) {

        static SlotView of(FormulaSlot slot) {
            return new SlotView(slot.position(), slot.name(), slot.isRequired(), slot.allowedCategoryIds(),
                    slot.allowedItemIds());
        }
    }

    public static FormulaView of(Formula formula) {
        return new FormulaView(formula.getId(), formula.name(), formula.description(), formula.priceCents(),
                formula.isAvailable(), formula.slots().stream().map(SlotView::of).toList());
    }
}
