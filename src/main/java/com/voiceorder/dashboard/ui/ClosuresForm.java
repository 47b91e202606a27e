package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.ExceptionalClosure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Exceptional closures (holidays, works): date ranges with a reason, saved all at once; deleting one asks first. */
final class ClosuresForm extends VerticalLayout {

    /** One closure being edited. */
    final class Closure extends HorizontalLayout {
        final DatePicker from = new DatePicker();
        final DatePicker to = new DatePicker();
        final TextField reason = new TextField();

        Closure(LocalDate fromDate, LocalDate toDate, String why) {
            from.setLabel(getTranslation("settings.closures.from"));
            from.setValue(fromDate);
            from.addClassName("settings-closure-from");
            to.setLabel(getTranslation("settings.closures.to"));
            to.setValue(toDate);
            to.addClassName("settings-closure-to");
            reason.setLabel(getTranslation("settings.closures.reason"));
            reason.setMaxLength(200);
            reason.setValue(Objects.requireNonNullElse(why, ""));
            reason.addClassName("settings-closure-reason");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(this));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("catalog.delete"));
            remove.addClassName("settings-closure-remove");
            add(from, to, reason, remove);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        }

        ExceptionalClosure toClosure() {
            if (from.getValue() == null) {
                throw new FieldRefusal(from, getTranslation("form.required"));
            }
            LocalDate end = to.getValue() == null ? from.getValue() : to.getValue();
            if (end.isBefore(from.getValue())) {
                throw new FieldRefusal(to, getTranslation("settings.closures.ends-before"));
            }
            return new ExceptionalClosure(from.getValue(), end, SettingsForms.blankToNull(reason.getValue()));
        }

        void clearMarks() {
            from.setInvalid(false);
            to.setInvalid(false);
        }

        String label() {
            return from.getValue() == null ? "—" : from.getValue() + (to.getValue() == null ? "" : " – " + to.getValue());
        }
    }

    final List<Closure> closures = new ArrayList<>();
    private final VerticalLayout rows = new VerticalLayout();
    private final long restaurantId;
    private final RestaurantService restaurants;
    private final Runnable ownerCheck;
    private final Runnable saved;

    ClosuresForm(long restaurantId, RestaurantService restaurants, List<ExceptionalClosure> current,
                 Runnable ownerCheck, Runnable saved) {
        this.restaurantId = restaurantId;
        this.restaurants = restaurants;
        this.ownerCheck = ownerCheck;
        this.saved = saved;
        setId("settings-closures");
        rows.setPadding(false);
        rows.setSpacing(false);
        current.stream().sorted(Comparator.comparing(ExceptionalClosure::fromDate))
                .forEach(c -> addClosure(c.fromDate(), c.toDate(), c.reason()));
        Button add = new Button(getTranslation("settings.closures.add"), VaadinIcon.PLUS.create(),
                e -> addClosure(null, null, null));
        add.setId("settings-closures-add");
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("settings-closures-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("settings.closures")), rows, new HorizontalLayout(add, save));
    }

    Closure addClosure(LocalDate from, LocalDate to, String reason) {
        Closure closure = new Closure(from, to, reason);
        closures.add(closure);
        rows.add(closure);
        return closure;
    }

    private void confirmRemove(Closure closure) {
        DeleteConfirmation.open(this, closure.label(), () -> remove(closure));
    }

    /** Removes the closure from the list and saves the list without it. */
    void remove(Closure closure) {
        closures.remove(closure);
        rows.remove(closure);
        save();
    }

    boolean save() {
        closures.forEach(Closure::clearMarks);
        return SettingsForms.save(ownerCheck, Map.<String, HasValidation>of(), () -> {
            List<ExceptionalClosure> list = new ArrayList<>();
            for (Closure closure : closures) {
                list.add(closure.toClosure());
            }
            for (int i = 0; i < list.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (list.get(i).overlaps(list.get(j))) {
                        throw new FieldRefusal(closures.get(i).from, getTranslation("settings.closures.overlap"));
                    }
                }
            }
            restaurants.replaceClosures(restaurantId, list);
            saved.run();
        });
    }
}
