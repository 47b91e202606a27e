package com.voiceorder.customers.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "The usual": the order a customer placed most often lately. */
class KnownCallerTest {

    private static PastOrder order(long id, String... lines) {
        return new PastOrder(id, Instant.parse("2026-06-01T12:00:00Z").plusSeconds(id), "pickup", 1_000, List.of(lines));
    }

    @Test
    void the_usual_is_the_most_frequent_recent_order_whatever_the_order_of_its_lines() {
        List<PastOrder> recent = List.of(order(5, "1 × Margherita"),
                order(4, "1 × Coca", "2 × Calzone"), order(3, "2 × Calzone", "1 × Coca"), order(2, "1 × Margherita"),
                order(1, "1 × Calzone", "1 × Coca"), order(0, "2 × Calzone", "1 × Coca"));

        assertThat(KnownCaller.usualOf(recent)).get().extracting(PastOrder::orderId).isEqualTo(4L);
    }

    @Test
    void no_order_placed_twice_means_no_usual() {
        assertThat(KnownCaller.usualOf(List.of(order(2, "1 × Margherita"), order(1, "1 × Calzone")))).isEmpty();
        assertThat(KnownCaller.usualOf(List.of())).isEmpty();
    }
}
