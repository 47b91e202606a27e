package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.KitchenCapacity;
import java.util.LinkedHashMap;
import java.util.Map;

/** How much the kitchen takes: slot length, orders and items per slot, default prep time, last order before closing. */
final class KitchenForm extends VerticalLayout {

    final IntegerField slotMinutes = new IntegerField();
    final IntegerField maxOrders = new IntegerField();
    final IntegerField maxItems = new IntegerField();
    final IntegerField prepMinutes = new IntegerField();
    final IntegerField lastOrderMinutes = new IntegerField();
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();
    private final long restaurantId;
    private final RestaurantService restaurants;
    private final Runnable ownerCheck;
    private final Runnable saved;

    KitchenForm(long restaurantId, RestaurantService restaurants, KitchenCapacity current, Runnable ownerCheck,
                Runnable saved) {
        this.saved = saved;
        this.restaurantId = restaurantId;
        this.restaurants = restaurants;
        this.ownerCheck = ownerCheck;
        setId("settings-kitchen");
        field(slotMinutes, "slotMinutes", "settings.kitchen.slot-minutes", current.slotMinutes());
        field(maxOrders, "maxOrdersPerSlot", "settings.kitchen.max-orders", current.maxOrdersPerSlot());
        field(maxItems, "maxItemsPerSlot", "settings.kitchen.max-items", current.maxItemsPerSlot());
        field(prepMinutes, "defaultPrepMinutes", "settings.kitchen.prep-minutes", current.defaultPrepMinutes());
        field(lastOrderMinutes, "lastOrderMinutesBeforeClosing", "settings.kitchen.last-order-minutes",
                current.lastOrderMinutesBeforeClosing());
        slotMinutes.setMin(5);
        slotMinutes.setMax(120);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("settings-kitchen-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(slotMinutes, maxOrders, maxItems, prepMinutes, lastOrderMinutes), save);
    }

    private void field(IntegerField field, String name, String key, int value) {
        field.setLabel(getTranslation(key));
        field.setId("settings-kitchen-" + name);
        field.setRequiredIndicatorVisible(true);
        field.setValue(value);
        fieldsByName.put(name, field);
    }

    boolean save() {
        return SettingsForms.save(ownerCheck, fieldsByName, () -> {
            KitchenCapacity capacity = new KitchenCapacity(FieldRefusal.requiredNumber(slotMinutes),
                    FieldRefusal.requiredNumber(maxOrders), FieldRefusal.requiredNumber(maxItems),
                    FieldRefusal.requiredNumber(prepMinutes), FieldRefusal.requiredNumber(lastOrderMinutes));
            restaurants.updateKitchenCapacity(restaurantId, capacity);
            saved.run();
        });
    }
}
