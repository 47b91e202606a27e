package com.voiceorder.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import com.voiceorder.restaurant.application.AuthenticatedUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Optional;

/**
 * Every dashboard route but the login page needs a signed-in user; a route naming a restaurant the
 * user is not a member of, or an {@link AdminPage} opened by someone who is not an administrator,
 * answers "not found", exactly like one that does not exist.
 */
@ApplicationScoped
public class AccessGuard {

    public static final String RESTAURANT_PARAMETER = "restaurantId";

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale sessionLocale = VaadinSession.getCurrent().getLocale();
            init.getUI().setLocale(Languages.SUPPORTED.contains(sessionLocale) ? sessionLocale : Languages.FRENCH);
            init.getUI().addBeforeEnterListener(this::check);
        });
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == LoginView.class) {
            return;
        }
        Optional<AuthenticatedUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            event.rerouteTo(LoginView.class);
            return;
        }
        if (!mayOpen(user.get(), event.getNavigationTarget(), event.getRouteParameters().get(RESTAURANT_PARAMETER))) {
            event.rerouteToError(NotFoundException.class, "Not found");
        }
    }

    /** Whether the signed-in user may open that page (of that restaurant, when the route names one). */
    static boolean mayOpen(AuthenticatedUser user, Class<?> page, Optional<String> restaurantId) {
        if (AdminPage.class.isAssignableFrom(page) && !user.isAdmin()) {
            return false;
        }
        return restaurantId.isEmpty() || mayAccess(user, restaurantId.get());
    }

    private static boolean mayAccess(AuthenticatedUser user, String restaurantId) {
        try {
            return user.canAccess(Long.parseLong(restaurantId));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
