package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.voiceorder.menu.application.MenuItemView;
import com.voiceorder.menu.domain.OptionGroupSpec;
import com.voiceorder.menu.domain.OptionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One option group of a menu item ("Cuisson", "Suppléments"): its name, how many choices the
 * caller makes (min–max), and its options with their price change. Existing groups and options
 * keep their ids, so past orders still point at them.
 */
final class OptionGroupEditor extends VerticalLayout {

    private static final int NAME_MAX = 120;

    final TextField name = new TextField();
    final IntegerField minChoices = new IntegerField();
    final IntegerField maxChoices = new IntegerField();
    final List<OptionRow> options = new ArrayList<>();
    private final Long id;
    private final Locale moneyLocale;
    private final VerticalLayout optionRows = new VerticalLayout();

    /** One choice of the group: name, price change, available. */
    final class OptionRow extends HorizontalLayout {

        final TextField name = new TextField();
        final PriceField priceDelta;
        final Checkbox available = new Checkbox();
        private final Long id;

        private OptionRow(MenuItemView.OptionView from) {
            this.id = from == null ? null : from.id();
            name.setPlaceholder(getTranslation("menu.option.name"));
            name.setMaxLength(NAME_MAX);
            name.setAriaLabel(getTranslation("menu.option.name"));
            priceDelta = new PriceField(null, moneyLocale, false);
            priceDelta.setPlaceholder("+0");
            priceDelta.setAriaLabel(getTranslation("menu.option.price-delta"));
            priceDelta.setWidth("8em");
            available.setLabel(getTranslation("menu.option.available"));
            available.setValue(from == null || from.available());
            if (from != null) {
                name.setValue(from.name());
                priceDelta.setCents(from.priceDeltaCents());
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> removeOption(this));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("menu.option.remove"));
            add(name, priceDelta, available, remove);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        }

        OptionSpec toSpec() {
            return new OptionSpec(id, FieldRefusal.requiredText(name), priceDelta.cents(), available.getValue());
        }

        void clearErrors() {
            name.setInvalid(false);
            priceDelta.setInvalid(false);
        }
    }

    OptionGroupEditor(Locale moneyLocale, MenuItemView.OptionGroupView from, Consumer<OptionGroupEditor> remove) {
        this.id = from == null ? null : from.id();
        this.moneyLocale = moneyLocale;
        setPadding(false);
        setSpacing(false);
        addClassName("option-group");
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)");
        name.setLabel(getTranslation("menu.group.name"));
        name.setMaxLength(NAME_MAX);
        minChoices.setLabel(getTranslation("menu.group.min"));
        minChoices.setMin(0);
        minChoices.setWidth("7em");
        minChoices.setStepButtonsVisible(true);
        maxChoices.setLabel(getTranslation("menu.group.max"));
        maxChoices.setMin(1);
        maxChoices.setWidth("7em");
        maxChoices.setStepButtonsVisible(true);
        Button removeGroup = new Button(getTranslation("menu.group.remove"), VaadinIcon.TRASH.create(), e -> remove.accept(this));
        removeGroup.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout header = new HorizontalLayout(name, minChoices, maxChoices, removeGroup);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        optionRows.setPadding(false);
        optionRows.setSpacing(false);
        Button addOption = new Button(getTranslation("menu.option.add"), VaadinIcon.PLUS.create(), e -> addOption(null));
        addOption.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(header, optionRows, addOption);
        if (from == null) {
            minChoices.setValue(0);
            maxChoices.setValue(1);
            addOption(null);
        } else {
            name.setValue(from.name());
            minChoices.setValue(from.minChoices());
            maxChoices.setValue(from.maxChoices());
            from.options().forEach(this::addOption);
        }
    }

    OptionRow addOption(MenuItemView.OptionView from) {
        OptionRow row = new OptionRow(from);
        options.add(row);
        optionRows.add(row);
        return row;
    }

    private void removeOption(OptionRow row) {
        options.remove(row);
        optionRows.remove(row);
    }

    /** The group as the menu service takes it; a missing or inconsistent input is refused on its field. */
    OptionGroupSpec toSpec() {
        String groupName = FieldRefusal.requiredText(name);
        int min = FieldRefusal.requiredNumber(minChoices);
        int max = FieldRefusal.requiredNumber(maxChoices);
        if (min < 0) {
            throw new FieldRefusal(minChoices, getTranslation("menu.group.min-negative"));
        }
        if (max < 1 || max < min) {
            throw new FieldRefusal(maxChoices, getTranslation("menu.group.max-invalid", min));
        }
        if (options.isEmpty()) {
            throw new FieldRefusal(name, getTranslation("menu.group.no-options"));
        }
        if (min > options.size()) {
            throw new FieldRefusal(minChoices, getTranslation("menu.group.min-too-high", options.size()));
        }
        List<OptionSpec> specs = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (OptionRow row : options) {
            OptionSpec spec = row.toSpec();
            String key = spec.name().toLowerCase(Locale.ROOT);
            if (seen.contains(key)) {
                throw new FieldRefusal(row.name, getTranslation("menu.option.duplicate"));
            }
            seen.add(key);
            specs.add(spec);
        }
        return new OptionGroupSpec(id, groupName, min, max, specs);
    }

    void clearErrors() {
        name.setInvalid(false);
        minChoices.setInvalid(false);
        maxChoices.setInvalid(false);
        options.forEach(OptionRow::clearErrors);
    }
}
