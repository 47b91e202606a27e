package com.voiceorder.dashboard.application;

import com.voiceorder.calls.application.DailyCallFigures;
import com.voiceorder.calls.application.LineMonitor.RestaurantLineHealth;
import com.voiceorder.calls.domain.Call;
import com.voiceorder.calls.domain.CallOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One assistant (a phone line) on the administrators' overview: the line with its live status, and
 * today's calls on it (test calls left out) with the orders and bookings they produced.
 */
public record AssistantCard(RestaurantLineHealth line, DailyCallFigures callsToday, int ordersToday,
                            int reservationsToday) {

    /**
     * A card per line, in the lines' order; {@code today} gives each restaurant's date, {@code callsOfDay}
     * the calls started on that date in that restaurant (every line).
     */
    public static List<AssistantCard> of(List<RestaurantLineHealth> lines, Function<Long, LocalDate> today,
                                         Function<Long, List<Call>> callsOfDay) {
        Map<Long, Map<Long, Tally>> byRestaurant = new HashMap<>();
        List<AssistantCard> cards = new ArrayList<>();
        for (RestaurantLineHealth line : lines) {
            Map<Long, Tally> byLine = byRestaurant.computeIfAbsent(line.restaurantId(),
                    restaurant -> tally(today.apply(restaurant), callsOfDay.apply(restaurant)));
            Tally tally = byLine.getOrDefault(line.line().lineId(),
                    new Tally(DailyCallFigures.empty(today.apply(line.restaurantId())), 0, 0));
            cards.add(new AssistantCard(line, tally.calls(), tally.orders(), tally.reservations()));
        }
        return List.copyOf(cards);
    }

    private static Map<Long, Tally> tally(LocalDate day, List<Call> calls) {
        Map<Long, Tally> byLine = new HashMap<>();
        for (Call call : calls) {
            if (call.isTest() || call.getLineId() == null) {
                continue;
            }
            boolean order = call.getOrderId() != null || call.getOutcome() == CallOutcome.ORDER;
            boolean booking = call.getReservationId() != null || call.getOutcome() == CallOutcome.RESERVATION;
            Tally before = byLine.getOrDefault(call.getLineId(), new Tally(DailyCallFigures.empty(day), 0, 0));
            byLine.put(call.getLineId(), new Tally(before.calls().plus(call), before.orders() + (order ? 1 : 0),
                    before.reservations() + (booking ? 1 : 0)));
        }
        return byLine;
    }

    private record Tally(DailyCallFigures calls, int orders, int reservations) {
    }
}
