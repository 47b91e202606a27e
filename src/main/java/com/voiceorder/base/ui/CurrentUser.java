package com.voiceorder.base.ui;

import com.vaadin.flow.server.VaadinSession;
import com.voiceorder.restaurant.application.AuthenticatedUser;
import java.util.Optional;

/** The user signed in to this browser session. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<AuthenticatedUser> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(AuthenticatedUser.class));
    }

    public static AuthenticatedUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    static void set(AuthenticatedUser user) {
        VaadinSession.getCurrent().setAttribute(AuthenticatedUser.class, user);
    }
}
