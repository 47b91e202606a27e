package com.voiceorder.ordering.application;

import com.voiceorder.ordering.domain.OrderSource;
import com.voiceorder.ordering.domain.OrderType;
import java.util.List;

/**
 * An order as a customer states it, before it is priced from the menu: items by id with their
 * chosen options, the phone in any notation (read in the restaurant's country), the address as one
 * line of text ("12 rue de la Paix, 13001 Marseille"), the requested time as ISO-8601 with an
 * offset or as a local date-time / time in the restaurant's zone. Nullable: callId, customerName,
 * customerPhone, address (required for DELIVERY), requestedTime, notes.
 */
public record TakeOrderCommand(
        OrderType type,
        OrderSource source,
        Long callId,
        String customerName,
        String customerPhone,
        String address,
        String requestedTime,
        String notes,
        List<Line> lines) {

    public TakeOrderCommand {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** {@code quantity} of one menu item with the ids of the options chosen for each unit. */
    public record Line(Long itemId, int quantity, List<Long> optionIds, String notes) {

        public Line {
            optionIds = optionIds == null ? List.of() : List.copyOf(optionIds);
        }
    }
}
