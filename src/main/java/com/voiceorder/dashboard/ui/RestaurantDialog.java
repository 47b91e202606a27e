package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.voiceorder.restaurant.application.RestaurantCommand;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.RestaurantProfile;
import com.voiceorder.shared.domain.DomainException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Creates a restaurant, or changes one's identity (name, slug, address, position, contact, time zone,
 * language, currency). A refused input is shown next to its field and the dialog stays open with
 * everything typed.
 */
final class RestaurantDialog extends Dialog {

    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    final TextField name = new TextField();
    final TextField slug = new TextField();
    final TextField street = new TextField();
    final TextField postalCode = new TextField();
    final TextField city = new TextField();
    final TextField countryCode = new TextField();
    final NumberField latitude = new NumberField();
    final NumberField longitude = new NumberField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final ComboBox<String> timeZone = new ComboBox<>();
    final Select<String> language = new Select<>();
    final TextField currency = new TextField();
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();
    private final RestaurantService restaurants;
    private final Long editingId;
    private final Runnable saved;
    private Runnable ownerCheck = () -> { };

    /** {@code editingId} and {@code current} null: a new restaurant (in France, Paris time, French, euros). */
    RestaurantDialog(RestaurantService restaurants, Long editingId, RestaurantProfile current, Runnable saved) {
        this.restaurants = restaurants;
        this.editingId = editingId;
        this.saved = saved;
        setId("restaurant-dialog");
        setHeaderTitle(editingId == null ? getTranslation("admin.restaurants.new")
                : getTranslation("admin.restaurants.edit-title", current.name()));
        label(name, "name", "admin.restaurant.name");
        name.setId("restaurant-name");
        name.setRequiredIndicatorVisible(true);
        label(slug, "slug", "admin.restaurant.slug");
        slug.setId("restaurant-slug");
        slug.setHelperText(getTranslation("admin.restaurant.slug-help"));
        label(street, "street", "admin.restaurant.street");
        label(postalCode, "postalCode", "admin.restaurant.postal-code");
        label(city, "city", "admin.restaurant.city");
        city.setId("restaurant-city");
        label(countryCode, "countryCode", "admin.restaurant.country");
        countryCode.setId("restaurant-country");
        countryCode.setMaxLength(2);
        countryCode.setRequiredIndicatorVisible(true);
        label(latitude, "latitude", "admin.restaurant.latitude");
        label(longitude, "longitude", "admin.restaurant.longitude");
        label(phone, "phone", "orders.phone");
        label(email, "email", "admin.restaurant.email");
        timeZone.setLabel(getTranslation("admin.restaurant.time-zone"));
        timeZone.setItems(TIME_ZONES);
        timeZone.setRequiredIndicatorVisible(true);
        fieldsByName.put("timeZone", timeZone);
        language.setLabel(getTranslation("admin.restaurant.language"));
        language.setItems(com.voiceorder.restaurant.domain.Restaurant.LANGUAGES.stream().sorted().toList());
        language.setItemLabelGenerator(code -> getTranslation("admin.restaurant.language." + code));
        fieldsByName.put("language", language);
        label(currency, "currency", "admin.restaurant.currency");
        currency.setMaxLength(3);
        if (current == null) {
            countryCode.setValue("FR");
            timeZone.setValue("Europe/Paris");
            language.setValue("fr");
            currency.setValue("EUR");
        } else {
            name.setValue(current.name());
            slug.setValue(Objects.requireNonNullElse(current.slug(), ""));
            street.setValue(Objects.requireNonNullElse(current.street(), ""));
            postalCode.setValue(Objects.requireNonNullElse(current.postalCode(), ""));
            city.setValue(Objects.requireNonNullElse(current.city(), ""));
            countryCode.setValue(current.countryCode());
            latitude.setValue(current.latitude());
            longitude.setValue(current.longitude());
            phone.setValue(current.phone() == null ? "" : current.phone().national());
            email.setValue(Objects.requireNonNullElse(current.email(), ""));
            timeZone.setValue(current.timeZone().getId());
            language.setValue(current.language());
            currency.setValue(Objects.requireNonNullElse(current.currency(), "EUR"));
        }
        add(new FormLayout(name, slug, street, postalCode, city, countryCode, latitude, longitude, phone, email,
                timeZone, language, currency));
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("restaurant-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.back"), e -> close()), save);
    }

    private <F extends com.vaadin.flow.component.HasLabel & HasValidation> void label(F field, String commandField,
                                                                                      String key) {
        field.setLabel(getTranslation(key));
        fieldsByName.put(commandField, field);
    }

    /** A check run on the server before every save (the settings page refuses anyone but the restaurant's owners). */
    RestaurantDialog checkedBy(Runnable check) {
        this.ownerCheck = check;
        return this;
    }

    void save() {
        fieldsByName.values().forEach(field -> field.setInvalid(false));
        try {
            ownerCheck.run();
            if (name.getValue().isBlank()) {
                throw new DomainException("name", getTranslation("form.required"));
            }
            if (countryCode.getValue().isBlank()) {
                throw new DomainException("countryCode", getTranslation("form.required"));
            }
            if (timeZone.getValue() == null) {
                throw new DomainException("timeZone", getTranslation("form.required"));
            }
            RestaurantCommand command = command();
            if (editingId == null) {
                restaurants.create(command);
            } else {
                restaurants.update(editingId, command);
            }
            close();
            saved.run();
        } catch (DomainException e) {
            DomainRefusal.show(e, fieldsByName);
        }
    }

    private RestaurantCommand command() {
        return new RestaurantCommand(name.getValue().strip(), blankToNull(slug.getValue()),
                blankToNull(street.getValue()), blankToNull(postalCode.getValue()), blankToNull(city.getValue()),
                countryCode.getValue().strip(), latitude.getValue(), longitude.getValue(), blankToNull(phone.getValue()),
                blankToNull(email.getValue()), timeZone.getValue(), language.getValue(),
                blankToNull(currency.getValue()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
