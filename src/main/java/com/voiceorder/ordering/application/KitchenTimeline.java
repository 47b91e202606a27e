package com.voiceorder.ordering.application;

import com.voiceorder.ordering.domain.OrderStatus;
import com.voiceorder.ordering.domain.OrderType;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The kitchen's day: every order due that day (test orders left out) by the time the kitchen must
 * have it ready, and the deliveries to hand to a driver in handoff order. Times are in the
 * restaurant's zone.
 */
public record KitchenTimeline(LocalDate day, List<Ticket> queue, List<Ticket> deliveryHandoffs) {

    public KitchenTimeline {
        queue = List.copyOf(queue);
        deliveryHandoffs = List.copyOf(deliveryHandoffs);
    }

    /**
     * One order on the kitchen's screen. {@code dueAt} is when the kitchen must be done (for a
     * delivery: when the driver leaves); null for an order never promised, which is then queued at
     * its creation time. {@code late}: due time passed and not ready yet.
     */
    public record Ticket(Long orderId, OrderType type, OrderStatus status, String customerName, String customerPhone,
                         ZonedDateTime promisedTime, ZonedDateTime dueAt, ZonedDateTime createdAt, boolean late,
                         List<TicketLine> lines, String address, String notes) {

        public Ticket {
            lines = List.copyOf(lines);
        }
    }

    /** "2 × Margherita" with its options and formula courses as they were ordered. */
    public record TicketLine(int quantity, String name, List<String> details, String notes) {

        public TicketLine {
            details = List.copyOf(details);
        }
    }
}
