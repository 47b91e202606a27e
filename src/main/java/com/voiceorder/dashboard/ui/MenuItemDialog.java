package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.voiceorder.menu.application.MenuCategoryView;
import com.voiceorder.menu.application.MenuItemCommand;
import com.voiceorder.menu.application.MenuItemView;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.menu.domain.Allergen;
import com.voiceorder.menu.domain.OptionGroupSpec;
import com.voiceorder.shared.domain.DomainException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Creates or changes a menu item: category, name, description, price, allergens, preparation time,
 * on the menu or not, and its option groups. A refused input is shown next to its field and the
 * dialog stays open with everything typed.
 */
final class MenuItemDialog extends Dialog {

    final Select<MenuCategoryView> category = new Select<>();
    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final PriceField price;
    final MultiSelectComboBox<Allergen> allergens = new MultiSelectComboBox<>();
    final IntegerField prepMinutes = new IntegerField();
    final Checkbox available = new Checkbox();
    final List<OptionGroupEditor> groups = new ArrayList<>();
    /** Refusals about the option groups as a whole (from the service), shown above them. */
    final Span groupsError = new Span();
    private final VerticalLayout groupEditors = new VerticalLayout();
    private final Map<String, HasValidation> fieldsByName;
    private final RestaurantPage restaurant;
    private final MenuService menu;
    private final MenuItemView editing;
    private final int newPosition;
    private final Runnable saved;

    /**
     * @param editing     the item to change, or null for a new one in {@code categoryId}
     * @param newPosition where a new item goes in its category
     */
    MenuItemDialog(RestaurantPage restaurant, MenuService menu, List<MenuCategoryView> categories,
                   MenuItemView editing, Long categoryId, int newPosition, Runnable saved) {
        this.restaurant = restaurant;
        this.menu = menu;
        this.editing = editing;
        this.newPosition = newPosition;
        this.saved = saved;
        setHeaderTitle(getTranslation(editing == null ? "menu.item.new" : "menu.item.edit"));
        setId("menu-item-dialog");
        setWidth("56rem");
        Locale language = Objects.requireNonNullElse(getLocale(), Locale.FRENCH);
        category.setLabel(getTranslation("menu.category"));
        category.setItems(categories);
        category.setItemLabelGenerator(MenuCategoryView::name);
        name.setLabel(getTranslation("menu.item.name"));
        name.setId("menu-item-name");
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("menu.item.description"));
        description.setId("menu-item-description");
        description.setMaxLength(2000);
        price = new PriceField(getTranslation("menu.item.price"), restaurant.moneyLocale(), true);
        price.setId("menu-item-price");
        allergens.setLabel(getTranslation("menu.item.allergens"));
        allergens.setItems(Allergen.values());
        allergens.setItemLabelGenerator(allergen -> allergen.label(language));
        prepMinutes.setLabel(getTranslation("menu.item.prep-minutes"));
        prepMinutes.setHelperText(getTranslation("menu.item.prep-minutes-help"));
        prepMinutes.setMin(0);
        prepMinutes.setMax(24 * 60);
        available.setLabel(getTranslation("menu.item.available"));
        groupsError.setId("menu-item-groups-error");
        groupsError.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        groupEditors.setPadding(false);
        fieldsByName = Map.of("categoryId", category, "name", name, "description", description, "priceCents", price,
                "allergens", allergens, "prepMinutes", prepMinutes);
        if (editing == null) {
            category.setValue(categories.stream().filter(c -> c.id().equals(categoryId)).findFirst().orElse(null));
            available.setValue(true);
        } else {
            category.setValue(categories.stream().filter(c -> c.id().equals(editing.categoryId())).findFirst().orElse(null));
            name.setValue(editing.name());
            description.setValue(Objects.requireNonNullElse(editing.description(), ""));
            price.setCents(editing.priceCents());
            allergens.setValue(editing.allergens());
            prepMinutes.setValue(editing.prepMinutes());
            available.setValue(editing.available());
            editing.optionGroups().forEach(this::addGroup);
        }
        FormLayout form = new FormLayout(category, name, price, prepMinutes, description, allergens, available);
        form.setColspan(description, 2);
        form.setColspan(allergens, 2);
        Button addGroup = new Button(getTranslation("menu.group.add"), VaadinIcon.PLUS.create(), e -> addGroup(null));
        addGroup.setId("menu-item-add-group");
        add(form, new H4(getTranslation("menu.item.options")), groupsError, groupEditors, addGroup);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("menu-item-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.back"), e -> close()), save);
    }

    OptionGroupEditor addGroup(MenuItemView.OptionGroupView from) {
        OptionGroupEditor editor = new OptionGroupEditor(restaurant.moneyLocale(), from, this::removeGroup);
        groups.add(editor);
        groupEditors.add(editor);
        return editor;
    }

    private void removeGroup(OptionGroupEditor editor) {
        groups.remove(editor);
        groupEditors.remove(editor);
    }

    void save() {
        fieldsByName.values().forEach(field -> field.setInvalid(false));
        groups.forEach(OptionGroupEditor::clearErrors);
        groupsError.setText("");
        try {
            MenuItemCommand command = command();
            if (editing == null) {
                menu.createItem(restaurant.id(), command);
            } else {
                menu.updateItem(restaurant.id(), editing.id(), command);
            }
            close();
            saved.run();
        } catch (FieldRefusal e) {
            e.show();
        } catch (DomainException e) {
            if ("optionGroups".equals(e.field())) {
                groupsError.setText(DomainRefusal.wording(this, e));
            } else {
                DomainRefusal.show(e, fieldsByName);
            }
        } catch (RuntimeException e) {
            Actions.warn(getTranslation("action.refused") + " " + e.getMessage());
        }
    }

    private MenuItemCommand command() {
        if (category.getValue() == null) {
            throw new FieldRefusal(category, getTranslation("form.required"));
        }
        String itemName = FieldRefusal.requiredText(name);
        long cents = price.cents();
        List<OptionGroupSpec> specs = new ArrayList<>();
        List<String> groupNames = new ArrayList<>();
        for (OptionGroupEditor group : groups) {
            OptionGroupSpec spec = group.toSpec();
            if (groupNames.contains(spec.name().toLowerCase(Locale.ROOT))) {
                throw new FieldRefusal(group.name, getTranslation("menu.group.duplicate"));
            }
            groupNames.add(spec.name().toLowerCase(Locale.ROOT));
            specs.add(spec);
        }
        Set<Allergen> declared = allergens.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(allergens.getValue());
        boolean sameCategory = editing != null && editing.categoryId().equals(category.getValue().id());
        return new MenuItemCommand(category.getValue().id(), itemName, description.getValue(), cents, declared,
                available.getValue(), prepMinutes.getValue(), sameCategory ? editing.position() : newPosition, specs);
    }
}
