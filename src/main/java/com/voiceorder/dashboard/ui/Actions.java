package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.IllegalTransitionException;
import com.voiceorder.shared.domain.NotFoundException;

/**
 * Runs a user's action against a service: a refused one (someone else moved the order first, bad
 * input, gone) is told in a notification, and the page is redrawn either way.
 */
final class Actions {

    private Actions() {
    }

    static boolean run(Component page, Runnable action, Runnable redraw) {
        try {
            action.run();
            return true;
        } catch (IllegalTransitionException | NotFoundException e) {
            warn(page.getTranslation("action.refused") + " " + e.getMessage());
            return false;
        } catch (DomainException e) {
            warn(DomainRefusal.wording(page, e));
            return false;
        } finally {
            redraw.run();
        }
    }

    static void warn(String text) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void done(String text) {
        Notification notification = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
