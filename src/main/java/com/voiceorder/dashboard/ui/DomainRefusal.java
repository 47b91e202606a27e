package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.voiceorder.shared.domain.DomainException;
import java.util.Map;
import java.util.Objects;

/**
 * Shows a service's refusal next to the field it names, or in a notification when it names none of
 * the form's. A refusal of a common rule (required, too long, out of range…) is worded in the
 * user's language; any other shows the service's own message.
 */
final class DomainRefusal {

    private DomainRefusal() {
    }

    static void show(DomainException e, Map<String, ? extends HasValidation> fieldsByName) {
        HasValidation field = fieldsByName.get(Objects.requireNonNullElse(e.field(), ""));
        if (field == null) {
            Actions.warn(wording(UI.getCurrent(), e) + (e.rule() == null || e.field() == null ? "" : " (" + e.field() + ")"));
        } else {
            field.setErrorMessage(wording((Component) field, e));
            field.setInvalid(true);
        }
    }

    /** The refusal in the language of the component's page (the service's message when not a common rule or no page). */
    static String wording(Component page, DomainException e) {
        if (e.rule() == null || page == null) {
            return e.getMessage();
        }
        return page.getTranslation(e.rule().key(), e.bounds().toArray());
    }

    static void clear(Map<String, ? extends HasValidation> fieldsByName) {
        fieldsByName.values().forEach(field -> field.setInvalid(false));
    }
}
