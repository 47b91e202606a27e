package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import com.voiceorder.base.ui.push.Broadcaster;
import com.voiceorder.base.ui.push.LiveUpdate;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Keeps a page subscribed to its restaurant's live updates while it is attached: registers on
 * attach, removes the registration on detach. State no event announces (telephony's line status)
 * is polled instead, also only while the page is attached.
 */
final class LiveRefresh {

    private LiveRefresh() {
    }

    /** Redraws the page every {@code intervalMillis} while it is attached (the browser polls the server). */
    static void poll(Component page, int intervalMillis, Runnable redraw) {
        Registration[] polling = new Registration[1];
        page.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.setPollInterval(intervalMillis);
            polling[0] = ui.addPollListener(poll -> redraw.run());
        });
        page.addDetachListener(detach -> {
            if (polling[0] != null) {
                polling[0].remove();
                polling[0] = null;
            }
            detach.getUI().setPollInterval(-1);
        });
    }

    static void bind(Component page, Broadcaster broadcaster, LongSupplier restaurantId, Consumer<LiveUpdate> onUpdate) {
        Registration[] live = new Registration[1];
        page.addAttachListener(attach -> {
            UI ui = attach.getUI();
            live[0] = broadcaster.register(ui, restaurantId.getAsLong(), onUpdate);
        });
        page.addDetachListener(detach -> {
            if (live[0] != null) {
                live[0].remove();
                live[0] = null;
            }
        });
    }
}
