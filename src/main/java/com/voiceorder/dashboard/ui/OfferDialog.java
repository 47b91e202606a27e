package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.voiceorder.menu.application.FormulaView;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.OfferCommand;
import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.Offer;
import com.voiceorder.shared.domain.DomainException;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates or edits an offer and its rules: when it is valid, on which days and services, for
 * which party sizes, and the formula it offers if any. Empty days or services mean any; empty dates
 * mean open-ended.
 */
final class OfferDialog extends Dialog {

    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final DatePicker validFrom = new DatePicker();
    final DatePicker validTo = new DatePicker();
    final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>();
    final MultiSelectComboBox<DiningService> services = new MultiSelectComboBox<>();
    final IntegerField minPartySize = new IntegerField();
    final IntegerField maxPartySize = new IntegerField();
    final Select<FormulaView> formula = new Select<>();
    final Checkbox active = new Checkbox();
    private final Map<String, HasValidation> fieldsByName;
    private final RestaurantPage restaurant;
    private final DiningSetupService dining;
    private final Offer editing;
    private final Runnable ownerCheck;
    private final Runnable saved;

    OfferDialog(RestaurantPage restaurant, DiningSetupService dining, List<DiningService> allServices,
                List<FormulaView> formulas, Offer editing, Runnable ownerCheck, Runnable saved) {
        this.restaurant = restaurant;
        this.dining = dining;
        this.editing = editing;
        this.ownerCheck = ownerCheck;
        this.saved = saved;
        setHeaderTitle(getTranslation(editing == null ? "offers.new" : "offers.edit"));
        setId("offer-dialog");
        setWidth("44rem");
        name.setLabel(getTranslation("offers.name"));
        name.setId("offer-name");
        name.setMaxLength(150);
        name.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("offers.description"));
        description.setId("offer-description");
        description.setMaxLength(1000);
        validFrom.setLabel(getTranslation("offers.valid-from"));
        validFrom.setId("offer-from");
        validTo.setLabel(getTranslation("offers.valid-to"));
        validTo.setId("offer-to");
        weekdays.setLabel(getTranslation("offers.weekdays"));
        weekdays.setId("offer-weekdays");
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, getLocale()));
        services.setLabel(getTranslation("offers.services"));
        services.setId("offer-services");
        services.setItems(allServices);
        services.setItemLabelGenerator(DiningService::getName);
        minPartySize.setLabel(getTranslation("offers.min-party"));
        minPartySize.setId("offer-min-party");
        minPartySize.setMin(1);
        maxPartySize.setLabel(getTranslation("offers.max-party"));
        maxPartySize.setId("offer-max-party");
        maxPartySize.setMin(1);
        formula.setLabel(getTranslation("offers.formula"));
        formula.setId("offer-formula");
        formula.setEmptySelectionAllowed(true);
        formula.setEmptySelectionCaption(getTranslation("offers.no-formula"));
        formula.setItems(formulas);
        formula.setItemLabelGenerator(f -> f == null ? getTranslation("offers.no-formula") : f.name());
        active.setLabel(getTranslation("rooms.active"));
        active.setId("offer-active");
        fieldsByName = Map.of("name", name, "description", description, "validFrom", validFrom, "validTo", validTo,
                "weekdays", weekdays, "serviceIds", services, "minPartySize", minPartySize, "maxPartySize", maxPartySize,
                "formulaId", formula);
        if (editing == null) {
            minPartySize.setValue(1);
            active.setValue(true);
        } else {
            name.setValue(editing.getName());
            description.setValue(editing.getDescription() == null ? "" : editing.getDescription());
            validFrom.setValue(editing.getValidFrom());
            validTo.setValue(editing.getValidTo());
            weekdays.setValue(editing.getWeekdays());
            services.setValue(allServices.stream().filter(s -> editing.getServiceIds().contains(s.getId()))
                    .collect(Collectors.toSet()));
            minPartySize.setValue(editing.getMinPartySize());
            maxPartySize.setValue(editing.getMaxPartySize());
            formulas.stream().filter(f -> f.id().equals(editing.getFormulaId())).findFirst().ifPresent(formula::setValue);
            active.setValue(editing.isActive());
        }
        FormLayout form = new FormLayout(name, description, validFrom, validTo, weekdays, services, minPartySize,
                maxPartySize, formula, active);
        form.setColspan(description, 2);
        form.setColspan(weekdays, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("offer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.back"), e -> close()), save);
    }

    void save() {
        DomainRefusal.clear(fieldsByName);
        try {
            ownerCheck.run();
            String text = FieldRefusal.requiredText(name);
            if (validFrom.getValue() != null && validTo.getValue() != null && validTo.getValue().isBefore(validFrom.getValue())) {
                throw new FieldRefusal(validTo, getTranslation("offers.to-before-from"));
            }
            int min = FieldRefusal.requiredNumber(minPartySize);
            if (maxPartySize.getValue() != null && maxPartySize.getValue() < min) {
                throw new FieldRefusal(maxPartySize, getTranslation("rooms.table.max-below-min"));
            }
            Set<Long> serviceIds = services.getValue().stream().map(DiningService::getId).collect(Collectors.toSet());
            OfferCommand command = new OfferCommand(text, description.getValue().isBlank() ? null : description.getValue().strip(),
                    validFrom.getValue(), validTo.getValue(), weekdays.getValue(), serviceIds, min, maxPartySize.getValue(),
                    formula.getValue() == null ? null : formula.getValue().id(), active.getValue());
            if (editing == null) {
                dining.createOffer(restaurant.id(), command);
            } else {
                dining.updateOffer(restaurant.id(), editing.getId(), command);
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
