package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.application.AuthenticatedUser;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Who may write, for the capabilities' resources: the same checks as {@code base.api.Caller}, kept
 * here because business packages may not depend on the base shell (ArchitectureTest) and
 * {@code base} already depends on {@code restaurant}.
 */
public final class CallerAccess {

    private CallerAccess() {
    }

    public static AuthenticatedUser of(SecurityContext context) {
        return (AuthenticatedUser) context.getUserPrincipal();
    }

    /** Refuses the call (403) unless the user may manage the restaurant (owner or admin). */
    public static AuthenticatedUser manager(SecurityContext context, long restaurantId) {
        AuthenticatedUser user = of(context);
        if (user == null || !user.canManage(restaurantId)) {
            throw new ForbiddenException("Only the restaurant's owners may change this");
        }
        return user;
    }

    /** Refuses the call (403) unless the user is an administrator. */
    public static AuthenticatedUser admin(SecurityContext context) {
        AuthenticatedUser user = of(context);
        if (user == null || !user.isAdmin()) {
            throw new ForbiddenException("Administrators only");
        }
        return user;
    }
}
