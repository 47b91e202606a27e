package com.voiceorder.restaurant.domain;

import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * How much the kitchen can produce: orders are planned in slots of {@code slotMinutes}, each
 * taking at most so many orders and items; dishes take {@code defaultPrepMinutes} unless they
 * say otherwise; no order is taken in the last {@code lastOrderMinutesBeforeClosing}.
 */
@Embeddable
public class KitchenCapacity {

    public static final int DEFAULT_SLOT_MINUTES = 15;

    @Column(name = "kitchen_slot_minutes", nullable = false)
    private int slotMinutes;

    @Column(name = "kitchen_max_orders_per_slot", nullable = false)
    private int maxOrdersPerSlot;

    @Column(name = "kitchen_max_items_per_slot", nullable = false)
    private int maxItemsPerSlot;

    @Column(name = "kitchen_default_prep_minutes", nullable = false)
    private int defaultPrepMinutes;

    @Column(name = "last_order_minutes_before_closing", nullable = false)
    private int lastOrderMinutesBeforeClosing;

    protected KitchenCapacity() {
    }

    public KitchenCapacity(int slotMinutes, int maxOrdersPerSlot, int maxItemsPerSlot, int defaultPrepMinutes,
            int lastOrderMinutesBeforeClosing) {
        if (slotMinutes < 5 || slotMinutes > 120) {
            throw new DomainException("slotMinutes", "A kitchen slot lasts between 5 and 120 minutes");
        }
        this.slotMinutes = slotMinutes;
        this.maxOrdersPerSlot = Guard.positive("maxOrdersPerSlot", maxOrdersPerSlot);
        this.maxItemsPerSlot = Guard.positive("maxItemsPerSlot", maxItemsPerSlot);
        this.defaultPrepMinutes = Guard.notNegative("defaultPrepMinutes", defaultPrepMinutes);
        this.lastOrderMinutesBeforeClosing = Guard.notNegative("lastOrderMinutesBeforeClosing",
                lastOrderMinutesBeforeClosing);
    }

    /** A small kitchen: 15-minute slots, 4 orders and 20 items per slot, 20 min prep, last order 15 min before closing. */
    public static KitchenCapacity defaults() {
        return new KitchenCapacity(DEFAULT_SLOT_MINUTES, 4, 20, 20, 15);
    }

    public int slotMinutes() {
        return slotMinutes;
    }

    public int maxOrdersPerSlot() {
        return maxOrdersPerSlot;
    }

    public int maxItemsPerSlot() {
        return maxItemsPerSlot;
    }

    public int defaultPrepMinutes() {
        return defaultPrepMinutes;
    }

    public int lastOrderMinutesBeforeClosing() {
        return lastOrderMinutesBeforeClosing;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KitchenCapacity other && slotMinutes == other.slotMinutes
                && maxOrdersPerSlot == other.maxOrdersPerSlot && maxItemsPerSlot == other.maxItemsPerSlot
                && defaultPrepMinutes == other.defaultPrepMinutes
                && lastOrderMinutesBeforeClosing == other.lastOrderMinutesBeforeClosing;
    }

    @Override
    public int hashCode() {
        return Objects.hash(slotMinutes, maxOrdersPerSlot, maxItemsPerSlot, defaultPrepMinutes,
                lastOrderMinutesBeforeClosing);
    }
}
