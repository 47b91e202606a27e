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
 * attach, removes the registration on detach.
 */
final class LiveRefresh {

    private LiveRefresh() {
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
