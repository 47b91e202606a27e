package com.voiceorder.base.api;

import com.voiceorder.restaurant.application.AuthenticatedUser;
import com.voiceorder.restaurant.application.AuthenticationService;
import com.voiceorder.restaurant.application.RestaurantService;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Authenticates every API call (HTTP Basic or {@code Authorization: Bearer <token>}) and scopes it:
 * a path with {@code {restaurantId}} that does not exist, or that the caller may not access,
 * answers 404 either way, so other restaurants' ids reveal nothing.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {

    static final String REALM = "VoiceOrder";

    @Inject
    AuthenticationService authentication;

    @Inject
    RestaurantService restaurants;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<AuthenticatedUser> user = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (user.isEmpty()) {
            request.abortWith(Response.fromResponse(
                            Problem.response(Response.Status.UNAUTHORIZED, "Sign in with HTTP Basic or a bearer token"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"")
                    .build());
            return;
        }
        List<String> restaurantIds = request.getUriInfo().getPathParameters().get("restaurantId");
        if (restaurantIds != null && !restaurantIds.stream().allMatch(id -> mayAccess(user.get(), id) && exists(id))) {
            request.abortWith(Problem.response(Response.Status.NOT_FOUND, "Restaurant " + restaurantIds.get(0) + " not found"));
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new CallerContext(user.get(), secure));
    }

    private Optional<AuthenticatedUser> authenticate(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authentication.authenticateToken(header.substring(7).trim());
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    return authentication.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
                }
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private boolean exists(String restaurantId) {
        return restaurants.exists(Long.parseLong(restaurantId));
    }

    private static boolean mayAccess(AuthenticatedUser user, String restaurantId) {
        try {
            return user.canAccess(Long.parseLong(restaurantId));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private record CallerContext(AuthenticatedUser user, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return user;
        }

        @Override
        public boolean isUserInRole(String role) {
            return user.role().name().equalsIgnoreCase(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return SecurityContext.BASIC_AUTH;
        }
    }
}
