package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.voiceorder.reservations.application.DiningServiceCommand;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.ServiceKind;
import com.voiceorder.shared.domain.DomainException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Creates or edits a dining service (lunch, dinner…): its days, first and last seating, slot
 * length, covers, how long a table is kept (by default and for parties up to a size) and an
 * optional prepayment.
 */
final class ServiceDialog extends Dialog {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,3})=(\\d{1,4})");

    final TextField name = new TextField();
    final Select<ServiceKind> kind = new Select<>();
    final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>();
    final TimePicker startTime = new TimePicker();
    final TimePicker lastSeating = new TimePicker();
    final IntegerField slotInterval = new IntegerField();
    final IntegerField maxCovers = new IntegerField();
    final IntegerField pacingCovers = new IntegerField();
    final IntegerField duration = new IntegerField();
    /** "2=75, 4=105": parties up to 2 keep their table 75 minutes, up to 4 105 minutes, larger ones the default. */
    final TextField durationsByPartySize = new TextField();
    final IntegerField prepaymentEuros = new IntegerField();
    final Checkbox active = new Checkbox();
    private final Map<String, HasValidation> fieldsByName;
    private final RestaurantPage restaurant;
    private final DiningSetupService dining;
    private final DiningService editing;
    private final Runnable ownerCheck;
    private final Runnable saved;

    ServiceDialog(RestaurantPage restaurant, DiningSetupService dining, DiningService editing, Runnable ownerCheck,
                  Runnable saved) {
        this.restaurant = restaurant;
        this.dining = dining;
        this.editing = editing;
        this.ownerCheck = ownerCheck;
        this.saved = saved;
        setHeaderTitle(getTranslation(editing == null ? "services.new" : "services.edit"));
        setId("service-dialog");
        setWidth("44rem");
        name.setLabel(getTranslation("services.name"));
        name.setId("service-name");
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("services.kind"));
        kind.setId("service-kind");
        kind.setItems(ServiceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("services.kind." + k.name()));
        weekdays.setLabel(getTranslation("services.weekdays"));
        weekdays.setId("service-weekdays");
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, getLocale()));
        startTime.setLabel(getTranslation("services.start"));
        startTime.setId("service-start");
        startTime.setStep(Duration.ofMinutes(15));
        lastSeating.setLabel(getTranslation("services.last-seating"));
        lastSeating.setId("service-last");
        lastSeating.setStep(Duration.ofMinutes(15));
        slotInterval.setLabel(getTranslation("services.slot"));
        slotInterval.setId("service-slot");
        slotInterval.setMin(5);
        slotInterval.setMax(240);
        maxCovers.setLabel(getTranslation("services.max-covers"));
        maxCovers.setId("service-max-covers");
        maxCovers.setMin(1);
        pacingCovers.setLabel(getTranslation("services.pacing"));
        pacingCovers.setId("service-pacing");
        pacingCovers.setHelperText(getTranslation("services.pacing-help"));
        duration.setLabel(getTranslation("services.duration"));
        duration.setId("service-duration");
        duration.setMin(15);
        duration.setMax(720);
        durationsByPartySize.setLabel(getTranslation("services.durations"));
        durationsByPartySize.setId("service-durations");
        durationsByPartySize.setHelperText(getTranslation("services.durations-help"));
        prepaymentEuros.setLabel(getTranslation("services.prepayment"));
        prepaymentEuros.setId("service-prepayment");
        prepaymentEuros.setMin(0);
        active.setLabel(getTranslation("rooms.active"));
        active.setId("service-active");
        fieldsByName = Map.ofEntries(Map.entry("name", name), Map.entry("kind", kind), Map.entry("weekdays", weekdays),
                Map.entry("startTime", startTime), Map.entry("lastSeating", lastSeating),
                Map.entry("slotIntervalMinutes", slotInterval), Map.entry("maxCovers", maxCovers),
                Map.entry("pacingCovers", pacingCovers), Map.entry("defaultDurationMinutes", duration),
                Map.entry("durations", durationsByPartySize), Map.entry("durations.partySize", durationsByPartySize),
                Map.entry("durations.minutes", durationsByPartySize), Map.entry("prepaymentPerPersonCents", prepaymentEuros));
        if (editing == null) {
            kind.setValue(ServiceKind.DINNER);
            weekdays.setValue(EnumSet.allOf(DayOfWeek.class));
            startTime.setValue(LocalTime.of(19, 0));
            lastSeating.setValue(LocalTime.of(21, 30));
            slotInterval.setValue(15);
            maxCovers.setValue(40);
            duration.setValue(90);
            active.setValue(true);
        } else {
            name.setValue(editing.getName());
            kind.setValue(editing.getKind());
            weekdays.setValue(editing.getWeekdays());
            startTime.setValue(editing.getStartTime());
            lastSeating.setValue(editing.getLastSeating());
            slotInterval.setValue(editing.getSlotIntervalMinutes());
            maxCovers.setValue(editing.getMaxCovers());
            pacingCovers.setValue(editing.getPacingCovers());
            duration.setValue(editing.getDefaultDurationMinutes());
            durationsByPartySize.setValue(new TreeMap<>(editing.getDurationsByPartySize()).entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
            if (editing.isPrepaymentRequired()) {
                prepaymentEuros.setValue((int) (editing.getPrepaymentPerPersonCents() / 100));
            }
            active.setValue(editing.isActive());
        }
        FormLayout form = new FormLayout(name, kind, weekdays, startTime, lastSeating, slotInterval, maxCovers,
                pacingCovers, duration, durationsByPartySize, prepaymentEuros, active);
        form.setColspan(weekdays, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("service-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.back"), e -> close()), save);
    }

    /** Reads "2=75, 4=105" (size=minutes, commas or spaces between); anything else is refused on the field. */
    private Map<Integer, Integer> durationsByPartySize() {
        Map<Integer, Integer> durations = new TreeMap<>();
        for (String pair : durationsByPartySize.getValue().strip().split("[,;\\s]+")) {
            if (pair.isEmpty()) {
                continue;
            }
            Matcher matcher = DURATION.matcher(pair);
            if (!matcher.matches()) {
                throw new FieldRefusal(durationsByPartySize, getTranslation("services.durations-invalid", pair));
            }
            int size = Integer.parseInt(matcher.group(1));
            if (durations.put(size, Integer.parseInt(matcher.group(2))) != null) {
                throw new FieldRefusal(durationsByPartySize, getTranslation("services.durations-twice", size));
            }
        }
        return durations;
    }

    void save() {
        DomainRefusal.clear(fieldsByName);
        try {
            ownerCheck.run();
            String text = FieldRefusal.requiredText(name);
            if (weekdays.getValue().isEmpty()) {
                throw new FieldRefusal(weekdays, getTranslation("services.weekdays-required"));
            }
            if (startTime.getValue() == null) {
                throw new FieldRefusal(startTime, getTranslation("form.required"));
            }
            if (lastSeating.getValue() == null) {
                throw new FieldRefusal(lastSeating, getTranslation("form.required"));
            }
            if (lastSeating.getValue().isBefore(startTime.getValue())) {
                throw new FieldRefusal(lastSeating, getTranslation("services.last-before-start"));
            }
            int slot = FieldRefusal.requiredNumber(slotInterval);
            int covers = FieldRefusal.requiredNumber(maxCovers);
            int minutes = FieldRefusal.requiredNumber(duration);
            Long prepayment = prepaymentEuros.getValue() == null || prepaymentEuros.getValue() <= 0 ? null
                    : prepaymentEuros.getValue() * 100L;
            DiningServiceCommand command = new DiningServiceCommand(text, kind.getValue(), weekdays.getValue(),
                    startTime.getValue(), lastSeating.getValue(), slot, covers, pacingCovers.getValue(), minutes,
                    durationsByPartySize(), prepayment, active.getValue());
            if (editing == null) {
                dining.createService(restaurant.id(), command);
            } else {
                dining.updateService(restaurant.id(), editing.getId(), command);
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
