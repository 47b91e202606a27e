package com.voiceorder.dashboard.application;

import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderLine;
import com.voiceorder.ordering.domain.OrderStatus;
import com.voiceorder.ordering.domain.OrderType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An order as the kitchen sees it: what to make, for when, and the next button to press.
 * {@code dueAt} is the promised time, else the requested time, else creation + {@link #DEFAULT_LEAD_TIME};
 * an order still open after it is late.
 */
public record KitchenTicket(long orderId, OrderType type, OrderStatus status, String customerName,
                            Instant dueAt, boolean promised, Instant createdAt, List<String> lines,
                            long totalCents, boolean late, Optional<OrderStatus> nextStep) {

    /** When an order with no promised nor requested time is due. */
    public static final Duration DEFAULT_LEAD_TIME = Duration.ofMinutes(30);

    public KitchenTicket {
        lines = List.copyOf(lines);
    }

    public static KitchenTicket of(Order order, Instant now) {
        Instant due = order.getPromisedTime() != null ? order.getPromisedTime()
                : order.getRequestedTime() != null ? order.getRequestedTime()
                : order.getCreatedAt().plus(DEFAULT_LEAD_TIME);
        boolean late = !order.getStatus().isFinal() && now.isAfter(due);
        return new KitchenTicket(order.getId(), order.getType(), order.getStatus(), order.getCustomerName(), due,
                order.getPromisedTime() != null, order.getCreatedAt(),
                order.getLines().stream().map(KitchenTicket::describe).toList(), order.getTotalCents(), late,
                KitchenSteps.next(order.getType(), order.getStatus()));
    }

    /** "2 × Margherita (extra cheese) — Dessert: Tiramisu — well done" */
    public static String describe(OrderLine line) {
        StringBuilder text = new StringBuilder().append(line.getQuantity()).append(" × ").append(line.getName());
        if (!line.getOptions().isEmpty()) {
            text.append(" (").append(line.getOptions().stream().map(o -> o.getName())
                    .collect(Collectors.joining(", "))).append(')');
        }
        if (!line.getChoices().isEmpty()) {
            text.append(" — ").append(line.getChoices().stream().map(c -> c.getSlotName() + ": " + c.getItemName())
                    .collect(Collectors.joining(", ")));
        }
        if (line.getNotes() != null) {
            text.append(" — ").append(line.getNotes());
        }
        return text.toString();
    }

    /** Waiting to be handed over (counter or driver) or on its way, rather than being cooked. */
    public boolean isHandoff() {
        return status == OrderStatus.READY || status == OrderStatus.OUT_FOR_DELIVERY;
    }
}
