package com.voiceorder.menu.api;

import com.voiceorder.menu.application.FormulaView;
import java.util.List;
import java.util.Set;

/** A formula with its slots (index from 0, as orders refer to them). */
public record FormulaDto(Long id, String name, String description, long priceCents, boolean available,
        List<SlotDto> slots) {

    public record SlotDto(int index, String name, boolean required, Set<Long> allowedCategoryIds,
            Set<Long> allowedItemIds) {
        static SlotDto from(FormulaView.SlotView slot) {
            return new SlotDto(slot.index(), slot.name(), slot.required(), slot.allowedCategoryIds(),
                    slot.allowedItemIds());
        }
    }

    static FormulaDto from(FormulaView formula) {
        return new FormulaDto(formula.id(), formula.name(), formula.description(), formula.priceCents(),
                formula.available(), formula.slots().stream().map(SlotDto::from).toList());
    }
}
