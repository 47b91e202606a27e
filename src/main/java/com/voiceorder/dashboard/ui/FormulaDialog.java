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
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.voiceorder.menu.application.FormulaCommand;
import com.voiceorder.menu.application.FormulaView;
import com.voiceorder.menu.application.MenuCategoryView;
import com.voiceorder.menu.application.MenuItemView;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.menu.domain.FormulaSlotSpec;
import com.voiceorder.shared.domain.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates or changes a formula ("Formule midi": entrée + plat at one price): its courses in order,
 * each filled from whole categories and/or chosen items, required or not. Refusals stay next to
 * their field with everything typed.
 */
final class FormulaDialog extends Dialog {

    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final PriceField price;
    final Checkbox available = new Checkbox();
    final List<SlotEditor> slots = new ArrayList<>();
    final Span slotsError = new Span();
    private final VerticalLayout slotEditors = new VerticalLayout();
    private final Map<String, HasValidation> fieldsByName;
    private final List<MenuCategoryView> categories;
    private final List<MenuItemView> items;
    private final RestaurantPage restaurant;
    private final MenuService menu;
    private final FormulaView editing;
    private final Runnable saved;

    /** One course: its name, whether the caller must choose it, and what may fill it. */
    final class SlotEditor extends HorizontalLayout {

        final TextField name = new TextField();
        final Checkbox required = new Checkbox();
        final MultiSelectComboBox<MenuCategoryView> allowedCategories = new MultiSelectComboBox<>();
        final MultiSelectComboBox<MenuItemView> allowedItems = new MultiSelectComboBox<>();

        private SlotEditor(FormulaView.SlotView from) {
            name.setLabel(getTranslation("formula.slot.name"));
            name.setMaxLength(120);
            required.setLabel(getTranslation("formula.slot.required"));
            allowedCategories.setLabel(getTranslation("formula.slot.categories"));
            allowedCategories.setItems(categories);
            allowedCategories.setItemLabelGenerator(MenuCategoryView::name);
            allowedItems.setLabel(getTranslation("formula.slot.items"));
            allowedItems.setItems(items);
            allowedItems.setItemLabelGenerator(MenuItemView::name);
            if (from == null) {
                required.setValue(true);
            } else {
                name.setValue(from.name());
                required.setValue(from.required());
                allowedCategories.setValue(categories.stream().filter(c -> from.allowedCategoryIds().contains(c.id()))
                        .collect(Collectors.toSet()));
                allowedItems.setValue(items.stream().filter(i -> from.allowedItemIds().contains(i.id()))
                        .collect(Collectors.toSet()));
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> removeSlot(this));
            remove.setAriaLabel(getTranslation("formula.slot.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(name, allowedCategories, allowedItems, required, remove);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        }

        FormulaSlotSpec toSpec() {
            String slotName = FieldRefusal.requiredText(name);
            Set<Long> categoryIds = allowedCategories.getValue().stream().map(MenuCategoryView::id).collect(Collectors.toSet());
            Set<Long> itemIds = allowedItems.getValue().stream().map(MenuItemView::id).collect(Collectors.toSet());
            if (categoryIds.isEmpty() && itemIds.isEmpty()) {
                throw new FieldRefusal(allowedCategories, getTranslation("formula.slot.empty"));
            }
            return new FormulaSlotSpec(slotName, categoryIds, itemIds, required.getValue());
        }

        void clearErrors() {
            name.setInvalid(false);
            allowedCategories.setInvalid(false);
        }
    }

    FormulaDialog(RestaurantPage restaurant, MenuService menu, List<MenuCategoryView> categories,
                  List<MenuItemView> items, FormulaView editing, Runnable saved) {
        this.restaurant = restaurant;
        this.menu = menu;
        this.categories = categories;
        this.items = items;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(getTranslation(editing == null ? "formula.new" : "formula.edit"));
        setId("formula-dialog");
        setWidth("60rem");
        name.setLabel(getTranslation("formula.name"));
        name.setId("formula-name");
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("menu.item.description"));
        description.setMaxLength(2000);
        price = new PriceField(getTranslation("menu.item.price"), restaurant.moneyLocale(), true);
        price.setId("formula-price");
        available.setLabel(getTranslation("formula.available"));
        slotsError.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        slotEditors.setPadding(false);
        fieldsByName = Map.of("name", name, "description", description, "priceCents", price);
        if (editing == null) {
            available.setValue(true);
        } else {
            name.setValue(editing.name());
            description.setValue(Objects.requireNonNullElse(editing.description(), ""));
            price.setCents(editing.priceCents());
            available.setValue(editing.available());
            editing.slots().forEach(this::addSlot);
        }
        FormLayout form = new FormLayout(name, price, description, available);
        form.setColspan(description, 2);
        Button addSlot = new Button(getTranslation("formula.slot.add"), VaadinIcon.PLUS.create(), e -> addSlot(null));
        addSlot.setId("formula-add-slot");
        add(form, new H4(getTranslation("formula.slots")), slotsError, slotEditors, addSlot);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("formula-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.back"), e -> close()), save);
    }

    SlotEditor addSlot(FormulaView.SlotView from) {
        SlotEditor slot = new SlotEditor(from);
        slots.add(slot);
        slotEditors.add(slot);
        return slot;
    }

    private void removeSlot(SlotEditor slot) {
        slots.remove(slot);
        slotEditors.remove(slot);
    }

    void save() {
        fieldsByName.values().forEach(field -> field.setInvalid(false));
        slots.forEach(SlotEditor::clearErrors);
        slotsError.setText("");
        try {
            String formulaName = FieldRefusal.requiredText(name);
            long cents = price.cents();
            List<FormulaSlotSpec> specs = slots.stream().map(SlotEditor::toSpec).toList();
            FormulaCommand command = new FormulaCommand(formulaName, description.getValue(), cents, available.getValue(), specs);
            if (editing == null) {
                menu.createFormula(restaurant.id(), command);
            } else {
                menu.updateFormula(restaurant.id(), editing.id(), command);
            }
            close();
            saved.run();
        } catch (FieldRefusal e) {
            e.show();
        } catch (DomainException e) {
            if ("slots".equals(e.field())) {
                slotsError.setText(DomainRefusal.wording(this, e));
            } else {
                DomainRefusal.show(e, fieldsByName);
            }
        }
    }
}
