package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.HasValidation;
import com.voiceorder.shared.domain.DomainException;
import java.util.Map;

/** What the settings forms share: clearing marks, showing a refusal next to its field, or in a notification. */
final class SettingsForms {

    private SettingsForms() {
    }

    /**
     * Runs a save: the owner check first, then the form's own checks and the service. A refusal is
     * shown next to its field (the typed values stay); true when saved.
     */
    static boolean save(Runnable ownerCheck, Map<String, ? extends HasValidation> fieldsByName, Runnable work) {
        DomainRefusal.clear(fieldsByName);
        try {
            ownerCheck.run();
            work.run();
            return true;
        } catch (FieldRefusal e) {
            e.show();
        } catch (DomainException e) {
            DomainRefusal.show(e, fieldsByName);
        }
        return false;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
