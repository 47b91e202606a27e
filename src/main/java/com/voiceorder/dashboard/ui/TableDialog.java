package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.DiningTableCommand;
import com.voiceorder.reservations.domain.DiningRoom;
import com.voiceorder.reservations.domain.DiningTable;
import com.voiceorder.shared.domain.DomainException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates or edits a table: its room, its label (unique in the restaurant), how many it seats and
 * which tables it can be pushed against for a larger party.
 */
final class TableDialog extends Dialog {

    final Select<DiningRoom> room = new Select<>();
    final TextField label = new TextField();
    final IntegerField minCovers = new IntegerField();
    final IntegerField maxCovers = new IntegerField();
    final MultiSelectComboBox<DiningTable> combinable = new MultiSelectComboBox<>();
    final Checkbox active = new Checkbox();
    private final Map<String, HasValidation> fieldsByName = Map.of("roomId", room, "label", label,
            "minCovers", minCovers, "maxCovers", maxCovers, "combinableWith", combinable);
    private final RestaurantPage restaurant;
    private final DiningSetupService dining;
    private final DiningTable editing;
    private final Runnable saved;
    private final Runnable ownerCheck;

    TableDialog(RestaurantPage restaurant, DiningSetupService dining, List<DiningRoom> rooms, List<DiningTable> tables,
                DiningTable editing, DiningRoom inRoom, Runnable ownerCheck, Runnable saved) {
        this.ownerCheck = ownerCheck;
        this.restaurant = restaurant;
        this.dining = dining;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(getTranslation(editing == null ? "rooms.table.new" : "rooms.table.edit"));
        setId("table-dialog");
        room.setLabel(getTranslation("rooms.table.room"));
        room.setId("table-room");
        room.setItems(rooms);
        room.setItemLabelGenerator(DiningRoom::getName);
        label.setLabel(getTranslation("rooms.table.label"));
        label.setId("table-label");
        label.setMaxLength(20);
        label.setRequiredIndicatorVisible(true);
        minCovers.setLabel(getTranslation("rooms.table.min"));
        minCovers.setId("table-min");
        minCovers.setMin(1);
        minCovers.setStepButtonsVisible(true);
        maxCovers.setLabel(getTranslation("rooms.table.max"));
        maxCovers.setId("table-max");
        maxCovers.setMin(1);
        maxCovers.setStepButtonsVisible(true);
        combinable.setLabel(getTranslation("rooms.table.combinable"));
        combinable.setId("table-combinable");
        combinable.setItems(tables.stream().filter(t -> editing == null || !t.getId().equals(editing.getId())).toList());
        combinable.setItemLabelGenerator(DiningTable::getLabel);
        active.setLabel(getTranslation("rooms.active"));
        active.setId("table-active");
        if (editing == null) {
            room.setValue(inRoom != null ? inRoom : rooms.isEmpty() ? null : rooms.get(0));
            minCovers.setValue(1);
            maxCovers.setValue(2);
            active.setValue(true);
        } else {
            room.setValue(rooms.stream().filter(r -> r.getId().equals(editing.getRoomId())).findFirst().orElse(null));
            label.setValue(editing.getLabel());
            minCovers.setValue(editing.getMinCovers());
            maxCovers.setValue(editing.getMaxCovers());
            combinable.setValue(tables.stream().filter(t -> editing.getCombinableWith().contains(t.getId()))
                    .collect(Collectors.toSet()));
            active.setValue(editing.isActive());
        }
        add(new FormLayout(room, label, minCovers, maxCovers, combinable, active));
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("table-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.back"), e -> close()), save);
    }

    void save() {
        DomainRefusal.clear(fieldsByName);
        try {
            ownerCheck.run();
            if (room.getValue() == null) {
                throw new FieldRefusal(room, getTranslation("form.required"));
            }
            String text = FieldRefusal.requiredText(label);
            int min = FieldRefusal.requiredNumber(minCovers);
            int max = FieldRefusal.requiredNumber(maxCovers);
            if (max < min) {
                throw new FieldRefusal(maxCovers, getTranslation("rooms.table.max-below-min"));
            }
            Set<Long> with = combinable.getValue().stream().map(DiningTable::getId).collect(Collectors.toSet());
            DiningTableCommand command = new DiningTableCommand(room.getValue().getId(), text, min, max, with,
                    active.getValue());
            if (editing == null) {
                dining.createTable(restaurant.id(), command);
            } else {
                dining.updateTable(restaurant.id(), editing.getId(), command);
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
