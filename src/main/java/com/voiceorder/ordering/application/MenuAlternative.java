package com.voiceorder.ordering.application;

import com.voiceorder.menu.domain.MenuItem;

/** An item that can be offered instead of one that cannot be ordered. */
public record MenuAlternative(Long itemId, String name, long priceCents) {

    static MenuAlternative of(MenuItem item) {
        return new MenuAlternative(item.getId(), item.name(), item.priceCents());
    }
}
