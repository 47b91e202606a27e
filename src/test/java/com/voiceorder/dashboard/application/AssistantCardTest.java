package com.voiceorder.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.calls.application.LineMonitor.LineHealth;
import com.voiceorder.calls.application.LineMonitor.RestaurantLineHealth;
import com.voiceorder.calls.domain.Call;
import com.voiceorder.calls.domain.CallDirection;
import com.voiceorder.calls.domain.CallOutcome;
import com.voiceorder.calls.domain.LineMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The assistants overview counts each line's own calls of the day, leaving test calls out. */
class AssistantCardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Instant MORNING = Instant.parse("2026-12-02T10:00:00Z");

    private static RestaurantLineHealth line(long restaurantId, long lineId) {
        return new RestaurantLineHealth(restaurantId, "Restaurant " + restaurantId, new LineHealth(lineId,
                "+3349100000" + lineId, null, LineMode.ACCEPT_FROM_GATEWAY, true, true, false, 0, null, MORNING, null));
    }

    private static Call call(long restaurantId, Long lineId, CallOutcome outcome, int latencyMs, long costMicroEuros) {
        Call call = new Call(restaurantId, lineId, "+33612345678", "+33491000000", CallDirection.INBOUND, MORNING);
        call.answer(MORNING.plusSeconds(2));
        call.recordLatency(4, latencyMs, latencyMs, latencyMs);
        call.estimateCost(costMicroEuros);
        call.end(MORNING.plusSeconds(90), outcome, "BYE");
        return call;
    }

    @Test
    void each_line_gets_its_own_calls_orders_bookings_latency_and_cost_of_the_day() {
        Call order = call(1, 11L, CallOutcome.ORDER, 400, 20_000);
        order.linkOrder(501L);
        Call booking = call(1, 11L, CallOutcome.RESERVATION, 600, 30_000);
        booking.linkReservation(701L);
        Call info = call(1, 12L, CallOutcome.INFO, 500, 10_000);
        Call test = call(1, 11L, CallOutcome.ORDER, 900, 99_000);
        test.markAsTest();
        Call dashboardTest = call(1, null, CallOutcome.INFO, 900, 99_000);
        List<Long> restaurantsAsked = new ArrayList<>();

        List<AssistantCard> cards = AssistantCard.of(List.of(line(1, 11), line(1, 12), line(2, 21)),
                restaurant -> TODAY, restaurant -> {
                    restaurantsAsked.add(restaurant);
                    return Map.of(1L, List.of(order, booking, info, test, dashboardTest)).getOrDefault(restaurant, List.of());
                });

        assertThat(cards).extracting(card -> card.line().line().lineId()).containsExactly(11L, 12L, 21L);
        AssistantCard first = cards.get(0);
        assertThat(first.callsToday().calls()).isEqualTo(2);
        assertThat(first.ordersToday()).isEqualTo(1);
        assertThat(first.reservationsToday()).isEqualTo(1);
        assertThat(first.callsToday().averageLatencyMs()).hasValue(500);
        assertThat(first.callsToday().costMicroEuros()).isEqualTo(50_000);
        AssistantCard second = cards.get(1);
        assertThat(second.callsToday().calls()).isEqualTo(1);
        assertThat(second.ordersToday()).isZero();
        assertThat(second.reservationsToday()).isZero();
        AssistantCard quiet = cards.get(2);
        assertThat(quiet.callsToday().calls()).isZero();
        assertThat(quiet.callsToday().day()).isEqualTo(TODAY);
        assertThat(quiet.callsToday().averageLatencyMs()).isEmpty();
        assertThat(restaurantsAsked).as("each restaurant's calls are read once").containsExactly(1L, 2L);
    }
}
