package com.voiceorder.menu.domain;

import java.util.Set;

/** One course of a formula: which categories and/or items may fill it, and whether it must be filled. */
public record FormulaSlotSpec(String name, Set<Long> allowedCategoryIds, Set<Long> allowedItemIds, boolean required) {

    public FormulaSlotSpec {
        allowedCategoryIds = allowedCategoryIds == null ? Set.of() : Set.copyOf(allowedCategoryIds);
        allowedItemIds = allowedItemIds == null ? Set.of() : Set.copyOf(allowedItemIds);
    }
}
