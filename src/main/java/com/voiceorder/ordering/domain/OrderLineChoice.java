package com.voiceorder.ordering.domain;

import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** What the customer picked for one slot of a formula ("Dessert: tiramisu"), copied at order time. */
@Embeddable
public class OrderLineChoice {

    @Column(name = "slot_name", length = 100, nullable = false)
    private String slotName;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "item_name", length = 200, nullable = false)
    private String itemName;

    protected OrderLineChoice() {
    }

    public OrderLineChoice(String slotName, Long itemId, String itemName) {
        this.slotName = Guard.text("choice.slotName", slotName, 100);
        this.itemId = itemId;
        this.itemName = Guard.text("choice.itemName", itemName, 200);
    }

    public String getSlotName() {
        return slotName;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getItemName() {
        return itemName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderLineChoice that && slotName.equals(that.slotName)
                && Objects.equals(itemId, that.itemId) && itemName.equals(that.itemName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(slotName, itemId, itemName);
    }

    @Override
    public String toString() {
        return slotName + ": " + itemName;
    }
}
