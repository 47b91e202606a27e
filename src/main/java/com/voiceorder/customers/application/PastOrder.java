package com.voiceorder.customers.application;

import java.time.Instant;
import java.util.List;

/**
 * One of a customer's past orders as the agent recalls it: lines read as "2 × Pizza Margherita
 * (supplément mozzarella)".
 */
public record PastOrder(Long orderId, Instant placedAt, String type, long totalCents, List<String> lines) {

    public PastOrder {
        lines = List.copyOf(lines);
    }

    /** What makes two orders "the same order": their lines, in any order. */
    public String sameness() {
        return lines.stream().sorted().reduce((a, b) -> a + " | " + b).orElse("");
    }
}
