package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.DeliveryRules;
import com.voiceorder.restaurant.domain.DeliveryZone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Delivery: whether the restaurant delivers, within which radius, for what fee and above which
 * minimum (free above an optional threshold), and postal-code zones with their own fee and
 * minimum, which override the radius. Deleting a zone asks first.
 */
final class DeliveryForm extends VerticalLayout {

    /** One postal-code zone being edited. */
    final class Zone extends HorizontalLayout {
        final TextField postalCode = new TextField();
        final PriceField fee;
        final PriceField minimum;

        Zone(DeliveryZone zone) {
            postalCode.setLabel(getTranslation("settings.delivery.zone-postal-code"));
            postalCode.setMaxLength(20);
            postalCode.setRequiredIndicatorVisible(true);
            postalCode.addClassName("settings-zone-postal-code");
            fee = new PriceField(getTranslation("settings.delivery.zone-fee"), moneyLocale, true);
            fee.addClassName("settings-zone-fee");
            minimum = new PriceField(getTranslation("settings.delivery.zone-minimum"), moneyLocale, false);
            minimum.addClassName("settings-zone-minimum");
            if (zone != null) {
                postalCode.setValue(zone.postalCode());
                fee.setCents(zone.feeCents());
                if (zone.minimumOrderCents() != null) {
                    minimum.setCents(zone.minimumOrderCents());
                }
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(this));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("catalog.delete"));
            remove.addClassName("settings-zone-remove");
            add(postalCode, fee, minimum, remove);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        }

        DeliveryZone toZone() {
            String code = FieldRefusal.requiredText(postalCode);
            long feeCents = fee.cents();
            Long minimumCents = minimum.getValue() == null ? null : minimum.cents();
            return new DeliveryZone(code, feeCents, minimumCents);
        }

        void clearMarks() {
            postalCode.setInvalid(false);
            fee.setInvalid(false);
            minimum.setInvalid(false);
        }
    }

    final Checkbox enabled = new Checkbox();
    final IntegerField radiusMeters = new IntegerField();
    final PriceField fee;
    final PriceField minimumOrder;
    final PriceField freeAbove;
    final List<Zone> zones = new ArrayList<>();
    private final VerticalLayout zoneRows = new VerticalLayout();
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();
    private final Locale moneyLocale;
    private final long restaurantId;
    private final RestaurantService restaurants;
    private final Runnable ownerCheck;
    private final Runnable saved;

    DeliveryForm(long restaurantId, Locale moneyLocale, RestaurantService restaurants, DeliveryRules rules,
                 List<DeliveryZone> currentZones, Runnable ownerCheck, Runnable saved) {
        this.restaurantId = restaurantId;
        this.moneyLocale = moneyLocale;
        this.restaurants = restaurants;
        this.ownerCheck = ownerCheck;
        this.saved = saved;
        setId("settings-delivery");
        enabled.setLabel(getTranslation("settings.delivery.enabled"));
        enabled.setId("settings-delivery-enabled");
        enabled.setValue(rules.enabled());
        radiusMeters.setLabel(getTranslation("settings.delivery.radius"));
        radiusMeters.setId("settings-delivery-radius");
        radiusMeters.setMin(0);
        radiusMeters.setValue(rules.radiusMeters());
        radiusMeters.setHelperText(getTranslation("settings.delivery.radius-help"));
        fee = new PriceField(getTranslation("settings.delivery.fee"), moneyLocale, true);
        fee.setId("settings-delivery-fee");
        fee.setCents(rules.feeCents());
        minimumOrder = new PriceField(getTranslation("settings.delivery.minimum"), moneyLocale, true);
        minimumOrder.setId("settings-delivery-minimum");
        minimumOrder.setCents(rules.minimumOrderCents());
        freeAbove = new PriceField(getTranslation("settings.delivery.free-above"), moneyLocale, false);
        freeAbove.setId("settings-delivery-free-above");
        if (rules.freeDeliveryThresholdCents() != null) {
            freeAbove.setCents(rules.freeDeliveryThresholdCents());
        }
        fieldsByName.put("radiusMeters", radiusMeters);
        fieldsByName.put("feeCents", fee);
        fieldsByName.put("minimumOrderCents", minimumOrder);
        fieldsByName.put("freeDeliveryThresholdCents", freeAbove);
        zoneRows.setPadding(false);
        zoneRows.setSpacing(false);
        zoneRows.setId("settings-delivery-zones");
        currentZones.forEach(this::addZone);
        Button addZone = new Button(getTranslation("settings.delivery.zone-add"), VaadinIcon.PLUS.create(),
                e -> addZone(null));
        addZone.setId("settings-delivery-zone-add");
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("settings-delivery-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(enabled, new FormLayout(radiusMeters, fee, minimumOrder, freeAbove),
                new H3(getTranslation("settings.delivery.zones")), zoneRows, new HorizontalLayout(addZone, save));
    }

    Zone addZone(DeliveryZone zone) {
        Zone row = new Zone(zone);
        zones.add(row);
        zoneRows.add(row);
        return row;
    }

    private void confirmRemove(Zone zone) {
        String label = zone.postalCode.getValue().isBlank() ? "—" : zone.postalCode.getValue();
        DeleteConfirmation.open(this, getTranslation("settings.delivery.zone-label", label), () -> remove(zone));
    }

    /** Removes the zone and saves the delivery settings without it. */
    void remove(Zone zone) {
        zones.remove(zone);
        zoneRows.remove(zone);
        save();
    }

    boolean save() {
        zones.forEach(Zone::clearMarks);
        return SettingsForms.save(ownerCheck, fieldsByName, () -> {
            Long free = freeAbove.getValue() == null ? null : freeAbove.cents();
            if (free != null && free == 0) {
                throw new FieldRefusal(freeAbove, getTranslation("settings.delivery.free-above-positive"));
            }
            DeliveryRules rules = new DeliveryRules(enabled.getValue(), FieldRefusal.requiredNumber(radiusMeters),
                    fee.cents(), minimumOrder.cents(), free);
            List<DeliveryZone> list = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (Zone zone : zones) {
                DeliveryZone built = zone.toZone();
                if (seen.contains(built.postalCode())) {
                    throw new FieldRefusal(zone.postalCode, getTranslation("settings.delivery.zone-twice"));
                }
                seen.add(built.postalCode());
                list.add(built);
            }
            if (rules.enabled() && rules.radiusMeters() == 0 && list.isEmpty()) {
                throw new FieldRefusal(radiusMeters, getTranslation("settings.delivery.needs-radius-or-zone"));
            }
            restaurants.configureDelivery(restaurantId, rules, list);
            saved.run();
        });
    }
}
