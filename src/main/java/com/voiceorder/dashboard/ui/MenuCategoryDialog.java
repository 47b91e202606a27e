package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.voiceorder.menu.application.MenuCategoryCommand;
import com.voiceorder.menu.application.MenuCategoryView;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.shared.domain.DomainException;
import java.util.Map;
import java.util.Objects;

/** Creates or renames a menu category (name, description, shown or hidden); refusals stay next to their field. */
final class MenuCategoryDialog extends Dialog {

    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final Checkbox active = new Checkbox();
    private final Map<String, HasValidation> fieldsByName = Map.of("name", name, "description", description);

    /**
     * @param editing     the category to change, or null for a new one
     * @param newPosition where a new category goes
     */
    MenuCategoryDialog(RestaurantPage restaurant, MenuService menu, MenuCategoryView editing, int newPosition,
                       Runnable saved) {
        setHeaderTitle(getTranslation(editing == null ? "menu.category.new" : "menu.category.edit"));
        setId("menu-category-dialog");
        name.setLabel(getTranslation("menu.category.name"));
        name.setId("menu-category-name");
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("menu.item.description"));
        description.setMaxLength(1000);
        active.setLabel(getTranslation("menu.category.active"));
        active.setValue(editing == null || editing.active());
        if (editing != null) {
            name.setValue(editing.name());
            description.setValue(Objects.requireNonNullElse(editing.description(), ""));
        }
        add(new FormLayout(name, description, active));
        Button save = new Button(getTranslation("action.save"), e -> {
            name.setInvalid(false);
            description.setInvalid(false);
            try {
                MenuCategoryCommand command = new MenuCategoryCommand(FieldRefusal.requiredText(name),
                        description.getValue(), editing == null ? newPosition : editing.position(), active.getValue());
                if (editing == null) {
                    menu.createCategory(restaurant.id(), command);
                } else {
                    menu.updateCategory(restaurant.id(), editing.id(), command);
                }
                close();
                saved.run();
            } catch (FieldRefusal refusal) {
                refusal.show();
            } catch (DomainException refusal) {
                DomainRefusal.show(refusal, fieldsByName);
            }
        });
        save.setId("menu-category-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.back"), e -> close()), save);
    }
}
