package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.HasValidation;
import com.voiceorder.shared.domain.DomainException;
import java.util.Map;
import java.util.Objects;

/** Shows a service's refusal next to the field it names, or in a notification when it names none of the form's. */
final class DomainRefusal {

    private DomainRefusal() {
    }

    static void show(DomainException e, Map<String, HasValidation> fieldsByName) {
        HasValidation field = fieldsByName.get(Objects.requireNonNullElse(e.field(), ""));
        if (field == null) {
            Actions.warn(e.getMessage());
        } else {
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        }
    }

    static void clear(Map<String, HasValidation> fieldsByName) {
        fieldsByName.values().forEach(field -> field.setInvalid(false));
    }
}
