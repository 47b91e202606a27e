package com.voiceorder.ordering.application;

import com.voiceorder.ordering.domain.OrderSource;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.shared.domain.PhoneNumber;
import java.time.Instant;
import java.util.List;

/**
 * An order whose lines are already priced by the caller (menu pricing comes later); the order
 * itself recomputes the totals. Nullable: customerId, callId, customerName, customerPhone,
 * address (required for DELIVERY), requestedTime, notes.
 */
public record PlaceOrderCommand(
        OrderType type,
        OrderSource source,
        Long customerId,
        Long callId,
        boolean test,
        String customerName,
        PhoneNumber customerPhone,
        Address address,
        long deliveryFeeCents,
        Instant requestedTime,
        String notes,
        List<Line> lines) {

    public PlaceOrderCommand {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** The same order, linked to that customer. */
    public PlaceOrderCommand withCustomerId(Long newCustomerId) {
        return new PlaceOrderCommand(type, source, newCustomerId, callId, test, customerName, customerPhone, address,
                deliveryFeeCents, requestedTime, notes, lines);
    }

    /** A delivery address as given (already checked/geocoded by the caller when coordinates are set). */
    public record Address(String street, String postalCode, String city, Double latitude, Double longitude,
                          String instructions) {
    }

    /** A priced line: exactly one of menuItemId / formulaId. */
    public record Line(Long menuItemId, Long formulaId, String name, long unitPriceCents, int quantity,
                       List<Option> options, List<Choice> choices, String notes) {

        public Line {
            options = options == null ? List.of() : List.copyOf(options);
            choices = choices == null ? List.of() : List.copyOf(choices);
        }
    }

    public record Option(Long optionId, String name, long priceDeltaCents) {
    }

    public record Choice(String slotName, Long itemId, String itemName) {
    }
}
