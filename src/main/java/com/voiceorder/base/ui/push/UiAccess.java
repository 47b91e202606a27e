package com.voiceorder.base.ui.push;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;

/** Runs a command under a UI's session lock; reports a UI that is gone instead of failing. */
@FunctionalInterface
public interface UiAccess {

    /** @return false when the UI is closed and will never run commands again */
    boolean run(Runnable command);

    static UiAccess of(UI ui) {
        return command -> {
            try {
                ui.access(command::run);
                return true;
            } catch (UIDetachedException closed) {
                return false;
            }
        };
    }
}
