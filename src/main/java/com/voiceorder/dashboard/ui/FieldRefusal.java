package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextFieldBase;

/** An input a form refuses before calling a service, with the field to mark next to its message. */
final class FieldRefusal extends RuntimeException {

    private final transient HasValidation field;

    FieldRefusal(HasValidation field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    /** The trimmed text of a required field. */
    static <C extends TextFieldBase<C, String>> String requiredText(C field) {
        String text = field.getValue() == null ? "" : field.getValue().strip();
        if (text.isEmpty()) {
            throw new FieldRefusal(field, field.getTranslation("form.required"));
        }
        return text;
    }

    static int requiredNumber(IntegerField field) {
        if (field.getValue() == null) {
            throw new FieldRefusal(field, field.getTranslation("form.required"));
        }
        return field.getValue();
    }

    HasValidation field() {
        return field;
    }

    /** Shows the message under the field. */
    void show() {
        field.setErrorMessage(getMessage());
        field.setInvalid(true);
    }
}
