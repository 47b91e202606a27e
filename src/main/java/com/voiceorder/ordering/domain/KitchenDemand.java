package com.voiceorder.ordering.domain;

import com.voiceorder.shared.domain.DomainException;
import java.time.Duration;

/**
 * What one order asks of the kitchen: how many items it cooks and how long the slowest of them
 * takes (items are prepared side by side, so the order is ready when its longest item is).
 */
public record KitchenDemand(int items, int prepMinutes) {

    public KitchenDemand {
        if (items < 1) {
            throw new DomainException("items", "an order cooks at least one item");
        }
        if (prepMinutes < 0 || prepMinutes > 24 * 60) {
            throw new DomainException("prepMinutes", "preparation takes between 0 and 1440 minutes");
        }
    }

    public Duration prep() {
        return Duration.ofMinutes(prepMinutes);
    }
}
