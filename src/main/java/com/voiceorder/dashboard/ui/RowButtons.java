package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The edit and delete icon buttons of a list row; deleting asks for confirmation and checks ownership on the server. */
final class RowButtons {

    private RowButtons() {
    }

    static Button edit(Component page, String id, String labelKey, Runnable open) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> open.run());
        edit.setId(id);
        edit.setAriaLabel(page.getTranslation(labelKey));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return edit;
    }

    /** Asks to confirm deleting {@code name}, then runs {@code deletion} as an owner and {@code reload}s. */
    static Button delete(Component page, RestaurantPage restaurant, String id, String name, Runnable deletion,
                         Runnable reload) {
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> DeleteConfirmation.open(page, name,
                () -> Actions.run(page, () -> {
                    OwnerOnly.require(page, restaurant);
                    deletion.run();
                }, reload)));
        delete.setId(id);
        delete.setAriaLabel(page.getTranslation("catalog.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return delete;
    }
}
