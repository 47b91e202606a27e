package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** "Delete X?" with a way back; the deletion runs only once confirmed. */
final class DeleteConfirmation {

    private DeleteConfirmation() {
    }

    static ConfirmDialog open(Component page, String what, Runnable delete) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("delete-confirmation");
        dialog.setHeader(page.getTranslation("catalog.delete-title", what));
        dialog.setText(page.getTranslation("catalog.delete-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(page.getTranslation("action.back"));
        dialog.setConfirmText(page.getTranslation("catalog.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> delete.run());
        dialog.open();
        return dialog;
    }
}
