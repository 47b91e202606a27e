package com.voiceorder.menu.application;

import com.voiceorder.menu.domain.FormulaSlotSpec;
import java.util.List;

/** A formula as edited by staff; its slots replace the current ones (indexes renumbered from 0). */
public record FormulaCommand(String name, String description, long priceCents, boolean available,
        List<FormulaSlotSpec> slots) {
}
