package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.application.AuthenticatedUser;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The signed-in user of an API call and what they may change. Lives with the users (not in
 * {@code base}) so the business capabilities' resources can use it: business packages never
 * depend on the base shell. {@code base.api.ApiAuthentication} puts the user in the SecurityContext;
 * refusals answer 403 problem+json through the base mappers.
 */
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
