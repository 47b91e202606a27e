package com.voiceorder.restaurant.application;

import com.voiceorder.restaurant.domain.AppUser;
import com.voiceorder.restaurant.domain.Role;
import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/** Who is signed in, as an immutable snapshot kept in the HTTP or Vaadin session. */
public record AuthenticatedUser(long id, String username, String displayName, Role role,
                                Set<Long> restaurantIds, String language) implements Principal, Serializable {

    public AuthenticatedUser {
        restaurantIds = Set.copyOf(restaurantIds);
    }

    static AuthenticatedUser of(AppUser user) {
        return new AuthenticatedUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
                user.getRestaurantIds(), user.getLanguage());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Owners and admins manage a restaurant's settings, menu and lines; staff run the service. */
    public boolean canManage(long restaurantId) {
        return canAccess(restaurantId) && role != Role.STAFF;
    }

    public boolean canAccess(long restaurantId) {
        return isAdmin() || restaurantIds.contains(restaurantId);
    }

    @Override
    public String getName() {
        return username;
    }
}
