package com.voiceorder.base.api;

import com.voiceorder.restaurant.application.AuthenticatedUser;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.SecurityContext;

/** The signed-in user of an API call (set by {@link ApiAuthentication}). */
public final class Caller {

    private Caller() {
    }

    public static AuthenticatedUser of(SecurityContext context) {
        return (AuthenticatedUser) context.getUserPrincipal();
    }

    /** Refuses the call unless the user may manage the restaurant (owner or admin). */
    public static AuthenticatedUser manager(SecurityContext context, long restaurantId) {
        AuthenticatedUser user = of(context);
        if (!user.canManage(restaurantId)) {
            throw new ForbiddenException("Only the restaurant's owners may change this");
        }
        return user;
    }

    public static AuthenticatedUser admin(SecurityContext context) {
        AuthenticatedUser user = of(context);
        if (!user.isAdmin()) {
            throw new ForbiddenException("Administrators only");
        }
        return user;
    }
}
