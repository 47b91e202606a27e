package com.voiceorder.menu.application;

import com.voiceorder.menu.domain.Allergen;
import com.voiceorder.menu.domain.OptionGroupSpec;
import java.util.List;
import java.util.Set;

/**
 * A menu item as edited by staff. Option groups and options given with their id are updated in
 * place; without id they are created; existing ones left out are deleted. prepMinutes null = the
 * kitchen's default.
 */
public record MenuItemCommand(
        Long categoryId,
        String name,
        String description,
        long priceCents,
        Set<Allergen> allergens,
        boolean available,
        Integer prepMinutes,
        int position,
        List<OptionGroupSpec> optionGroups) {
}
