package com.voiceorder.menu.application;

import com.voiceorder.menu.domain.MenuCategory;

public record MenuCategoryView(Long id, String name, String description, int position, boolean active) {

    public static MenuCategoryView of(MenuCategory category) {
        return new MenuCategoryView(category.getId(), category.name(), category.description(), category.position(),
                category.isActive());
    }
}
