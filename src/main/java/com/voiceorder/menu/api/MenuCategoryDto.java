package com.voiceorder.menu.api;

import com.voiceorder.menu.application.MenuCategoryView;

public record MenuCategoryDto(Long id, String name, String description, int position, boolean active) {

    static MenuCategoryDto from(MenuCategoryView category) {
        return new MenuCategoryDto(category.id(), category.name(), category.description(), category.position(),
                category.active());
    }
}
