package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.OpeningHours;
import com.voiceorder.shared.domain.DomainException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The weekly opening ranges, several a day (lunch, dinner; a range may end after midnight), saved
 * all at once. A refused range is marked on its own fields; nothing typed is lost.
 */
final class OpeningHoursForm extends VerticalLayout {

    /** One range being edited. */
    final class Range extends HorizontalLayout {
        final Select<DayOfWeek> day = new Select<>();
        final TimePicker opens = new TimePicker();
        final TimePicker closes = new TimePicker();

        Range(DayOfWeek dayOfWeek, LocalTime from, LocalTime to) {
            day.setLabel(getTranslation("settings.hours.day"));
            day.setItems(DayOfWeek.values());
            day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, language()));
            day.setValue(dayOfWeek);
            day.addClassName("settings-hours-day");
            opens.setLabel(getTranslation("settings.hours.opens"));
            opens.setStep(Duration.ofMinutes(15));
            opens.setValue(from);
            opens.addClassName("settings-hours-opens");
            closes.setLabel(getTranslation("settings.hours.closes"));
            closes.setStep(Duration.ofMinutes(15));
            closes.setValue(to);
            closes.addClassName("settings-hours-closes");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(this));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("catalog.delete"));
            remove.addClassName("settings-hours-remove");
            add(day, opens, closes, remove);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        }

        OpeningHours toHours() {
            if (day.getValue() == null) {
                throw new FieldRefusal(day, getTranslation("form.required"));
            }
            if (opens.getValue() == null) {
                throw new FieldRefusal(opens, getTranslation("form.required"));
            }
            if (closes.getValue() == null) {
                throw new FieldRefusal(closes, getTranslation("form.required"));
            }
            try {
                return new OpeningHours(day.getValue(), opens.getValue(), closes.getValue());
            } catch (DomainException e) {
                throw new FieldRefusal(closes, getTranslation("settings.hours.same-time"));
            }
        }

        void clearMarks() {
            day.setInvalid(false);
            opens.setInvalid(false);
            closes.setInvalid(false);
        }
    }

    final List<Range> ranges = new ArrayList<>();
    private final VerticalLayout rows = new VerticalLayout();
    private final long restaurantId;
    private final RestaurantService restaurants;
    private final Runnable ownerCheck;
    private final Runnable saved;

    OpeningHoursForm(long restaurantId, RestaurantService restaurants, List<OpeningHours> current, Runnable ownerCheck,
                     Runnable saved) {
        this.restaurantId = restaurantId;
        this.restaurants = restaurants;
        this.ownerCheck = ownerCheck;
        this.saved = saved;
        setId("settings-hours");
        rows.setPadding(false);
        rows.setSpacing(false);
        current.stream()
                .sorted(Comparator.comparing(OpeningHours::dayOfWeek).thenComparing(OpeningHours::opens))
                .forEach(h -> addRange(h.dayOfWeek(), h.opens(), h.closes()));
        Button add = new Button(getTranslation("settings.hours.add"), VaadinIcon.PLUS.create(),
                e -> addRange(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(14, 0)));
        add.setId("settings-hours-add");
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("settings-hours-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("settings.hours")), rows, new HorizontalLayout(add, save));
    }

    Range addRange(DayOfWeek day, LocalTime opens, LocalTime closes) {
        Range range = new Range(day, opens, closes);
        ranges.add(range);
        rows.add(range);
        return range;
    }

    /** An opening range holds nothing but times, easily typed again: removed at once, kept until saved. */
    private void remove(Range range) {
        ranges.remove(range);
        rows.remove(range);
    }

    boolean save() {
        ranges.forEach(Range::clearMarks);
        return SettingsForms.save(ownerCheck, Map.<String, HasValidation>of(), () -> {
            List<OpeningHours> hours = new ArrayList<>();
            for (Range range : ranges) {
                hours.add(range.toHours());
            }
            for (int i = 0; i < hours.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (hours.get(i).overlaps(hours.get(j))) {
                        throw new FieldRefusal(ranges.get(i).opens, getTranslation("settings.hours.overlap"));
                    }
                }
            }
            restaurants.replaceOpeningHours(restaurantId, hours);
            saved.run();
        });
    }

    private Locale language() {
        return getLocale() == null ? Locale.FRENCH : getLocale();
    }
}
