package com.voiceorder.menu.api;

import com.voiceorder.menu.domain.MenuCategory;

/** A menu category. */
public record MenuCategoryDto(Long id, String name, String description, int position, boolean active) {

    static MenuCategoryDto of(MenuCategory category) {
        return new MenuCategoryDto(category.getId(), category.name(), category.description(), category.position(),
                category.isActive());
    }
}
