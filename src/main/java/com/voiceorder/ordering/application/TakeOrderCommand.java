package com.voiceorder.ordering.application;

import com.voiceorder.ordering.domain.OrderSource;
import com.voiceorder.ordering.domain.OrderType;
import java.util.List;

/**
 * An order as a customer states it, before it is priced from the menu: items or formulas by id with
 * their chosen options, the phone in any notation (read in the restaurant's country), the address as
 * one line of text ("12 rue de la Paix, 13001 Marseille"), the requested time as ISO-8601 with an
 * offset or as a local date-time / time in the restaurant's zone. Nullable: callId, customerName,
 * customerPhone, address (required for DELIVERY), requestedTime (null: as soon as possible), notes,
 * delivery (a delivery decided with the address; null: the restaurant's postal-code terms). A test
 * order (the assistant tried from the dashboard) is kept out of the kitchen and the figures.
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
        List<Line> lines,
        DeliveryDecision delivery,
        boolean test) {

    public TakeOrderCommand {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** Without a delivery decision: a delivery is priced from the postal-code terms. */
    public TakeOrderCommand(OrderType type, OrderSource source, Long callId, String customerName, String customerPhone,
                            String address, String requestedTime, String notes, List<Line> lines) {
        this(type, source, callId, customerName, customerPhone, address, requestedTime, notes, lines, null, false);
    }

    /** A real (not test) order with the delivery decided. */
    public TakeOrderCommand(OrderType type, OrderSource source, Long callId, String customerName, String customerPhone,
                            String address, String requestedTime, String notes, List<Line> lines,
                            DeliveryDecision delivery) {
        this(type, source, callId, customerName, customerPhone, address, requestedTime, notes, lines, delivery, false);
    }

    /** The same order, made while testing the assistant. */
    public TakeOrderCommand asTest() {
        return new TakeOrderCommand(type, source, callId, customerName, customerPhone, address, requestedTime, notes,
                lines, delivery, true);
    }

    /** The same order with the delivery decided for its address. */
    public TakeOrderCommand withDelivery(DeliveryDecision decision) {
        return new TakeOrderCommand(type, source, callId, customerName, customerPhone, address, requestedTime, notes,
                lines, decision, test);
    }

    /**
     * {@code quantity} of one menu item (itemId, with the options chosen for each unit) or of one
     * formula (formulaId, with one choice per course).
     */
    public record Line(Long itemId, Long formulaId, int quantity, List<Long> optionIds, List<Choice> choices,
                       String notes) {

        public Line {
            optionIds = optionIds == null ? List.of() : List.copyOf(optionIds);
            choices = choices == null ? List.of() : List.copyOf(choices);
        }

        /** A menu item line. */
        public Line(Long itemId, int quantity, List<Long> optionIds, String notes) {
            this(itemId, null, quantity, optionIds, List.of(), notes);
        }

        public static Line ofFormula(Long formulaId, int quantity, List<Choice> choices, String notes) {
            return new Line(null, formulaId, quantity, List.of(), choices, notes);
        }
    }

    /**
     * The item chosen for one course of a formula: {@code slotId} is the course's index from 0 (as
     * the formulas API lists them), with the options chosen for that item.
     */
    public record Choice(Integer slotId, Long itemId, List<Long> optionIds) {

        public Choice {
            optionIds = optionIds == null ? List.of() : List.copyOf(optionIds);
        }
    }
}
