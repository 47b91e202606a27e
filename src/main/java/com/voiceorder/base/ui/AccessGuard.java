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
 * user is not a member of answers "not found", exactly like one that does not exist.
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
        Optional<String> restaurant = event.getRouteParameters().get(RESTAURANT_PARAMETER);
        if (restaurant.isPresent() && !mayAccess(user.get(), restaurant.get())) {
            event.rerouteToError(NotFoundException.class, "Not found");
        }
    }

    private static boolean mayAccess(AuthenticatedUser user, String restaurantId) {
        try {
            return user.canAccess(Long.parseLong(restaurantId));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
