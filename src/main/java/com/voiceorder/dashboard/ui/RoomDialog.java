package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.voiceorder.reservations.application.DiningRoomCommand;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.domain.DiningRoom;
import com.voiceorder.shared.domain.DomainException;
import java.util.Map;

/** Creates or edits a dining room: its name, its place in lists, whether it takes bookings. */
final class RoomDialog extends Dialog {

    final TextField name = new TextField();
    final IntegerField position = new IntegerField();
    final Checkbox active = new Checkbox();
    private final Map<String, HasValidation> fieldsByName = Map.of("name", name, "position", position);
    private final RestaurantPage restaurant;
    private final DiningSetupService dining;
    private final DiningRoom editing;
    private final Runnable saved;
    private final Runnable ownerCheck;

    RoomDialog(RestaurantPage restaurant, DiningSetupService dining, DiningRoom editing, int nextPosition, Runnable ownerCheck, Runnable saved) {
        this.ownerCheck = ownerCheck;
        this.restaurant = restaurant;
        this.dining = dining;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(getTranslation(editing == null ? "rooms.new" : "rooms.edit"));
        setId("room-dialog");
        name.setLabel(getTranslation("rooms.name"));
        name.setId("room-name");
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        position.setLabel(getTranslation("rooms.position"));
        position.setId("room-position");
        position.setMin(0);
        position.setStepButtonsVisible(true);
        active.setLabel(getTranslation("rooms.active"));
        active.setId("room-active");
        if (editing == null) {
            position.setValue(nextPosition);
            active.setValue(true);
        } else {
            name.setValue(editing.getName());
            position.setValue(editing.getPosition());
            active.setValue(editing.isActive());
        }
        add(new FormLayout(name, position, active));
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("room-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.back"), e -> close()), save);
    }

    void save() {
        DomainRefusal.clear(fieldsByName);
        try {
            ownerCheck.run();
            DiningRoomCommand command = new DiningRoomCommand(FieldRefusal.requiredText(name),
                    FieldRefusal.requiredNumber(position), active.getValue());
            if (editing == null) {
                dining.createRoom(restaurant.id(), command);
            } else {
                dining.updateRoom(restaurant.id(), editing.getId(), command);
            }
            close();
            saved.run();
        } catch (FieldRefusal e) {
            e.show();
        } catch (DomainException e) {
            DomainRefusal.show(e, fieldsByName);
        }
    }
}
