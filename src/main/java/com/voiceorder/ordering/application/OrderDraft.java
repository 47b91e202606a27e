package com.voiceorder.ordering.application;

import com.voiceorder.ordering.domain.KitchenDemand;
import java.time.Duration;

/**
 * A priced order ready to be placed, what it asks of the kitchen, and for a delivery the travel time
 * decided with its address (null when unknown: the configured default applies).
 */
public record OrderDraft(PlaceOrderCommand command, KitchenDemand demand, Duration deliveryTravel) {

    public long subtotalCents() {
        long subtotal = 0;
        for (PlaceOrderCommand.Line line : command.lines()) {
            subtotal = Math.addExact(subtotal, OrderDraftFactory.lineTotal(line));
        }
        return subtotal;
    }

    public long totalCents() {
        return Math.addExact(subtotalCents(), command.deliveryFeeCents());
    }
}
