package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.voiceorder.base.ui.CurrentUser;
import com.voiceorder.shared.domain.DomainException;

/**
 * Owners (and admins) change a restaurant's catalog; staff only run the service. The pages hide
 * what staff may not do, and every such action checks again on the server before it runs.
 */
final class OwnerOnly {

    private OwnerOnly() {
    }

    static boolean allowed(RestaurantPage restaurant) {
        return CurrentUser.get().map(user -> user.canManage(restaurant.id())).orElse(false);
    }

    /** Refuses (as a DomainException, which {@link Actions} reports) unless the signed-in user manages the restaurant. */
    static void require(Component page, RestaurantPage restaurant) {
        if (!allowed(restaurant)) {
            throw new DomainException(null, page.getTranslation("catalog.owners-only"));
        }
    }
}
