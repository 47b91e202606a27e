package com.voiceorder.calls.application.tools;

import com.voiceorder.calls.application.AgentCall;
import com.voiceorder.calls.application.AgentTool;
import com.voiceorder.calls.application.OrderTiming;
import com.voiceorder.calls.application.Port;
import com.voiceorder.calls.application.ReservationAvailability;
import com.voiceorder.calls.application.ToolArguments;
import com.voiceorder.calls.application.ToolDefinition;
import com.voiceorder.calls.application.ToolResult;
import com.voiceorder.calls.application.ToolSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * {@code check_availability}: can we take a pickup or delivery order, or seat a party, at that
 * time? Answers with the time promised or the nearest alternatives.
 */
@ApplicationScoped
public class CheckAvailabilityTool implements AgentTool {

    static final int MAX_PARTY = 50;

    private static final ToolDefinition DEFINITION = new ToolDefinition("check_availability",
            "Check a time before promising it: when a pickup or delivery order can be ready, or whether a table "
                    + "is free for a party. Returns the time that works or the nearest alternatives.",
            ToolSchema.object()
                    .enumeration("type", "What to check", List.of("pickup", "delivery", "reservation"), true)
                    .string("date", "Date YYYY-MM-DD in the restaurant's time zone, null for today", false)
                    .string("time", "Time HH:MM (24 h); null for the earliest possible (pickup/delivery)", false)
                    .integer("party_size", "Number of guests (reservation only)", 1, false)
                    .build());

    private Port<ReservationAvailability> reservations;
    private Port<OrderTiming> timing;

    @Inject
    public CheckAvailabilityTool(Instance<ReservationAvailability> reservations, Instance<OrderTiming> timing) {
        this(Port.of(reservations), Port.of(timing));
    }

    public CheckAvailabilityTool(Port<ReservationAvailability> reservations, Port<OrderTiming> timing) {
        this.reservations = reservations;
        this.timing = timing;
    }

    /** For CDI proxies. */
    protected CheckAvailabilityTool() {
    }

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult run(AgentCall call, ToolArguments arguments) {
        String type = arguments.choice("type", List.of("pickup", "delivery", "reservation"));
        Optional<LocalDate> date = arguments.optionalDate("date");
        if (type.equals("reservation")) {
            LocalTime time = arguments.time("time");
            int party = arguments.integer("party_size", 1, MAX_PARTY);
            ReservationAvailability.Answer answer = reservations.require("Table availability")
                    .check(call.restaurantId(), date.orElse(null), time, party);
            return ToolResult.ok(json -> {
                json.put("available", answer.available());
                if (answer.serviceName() != null) {
                    json.put("service", answer.serviceName());
                }
                if (answer.reason() != null) {
                    json.put("reason", answer.reason());
                }
                alternatives(json.putArray("alternatives"), answer.alternatives());
            });
        }
        OrderTiming.Answer answer = timing.require("Kitchen timing").propose(call.restaurantId(),
                type.equals("delivery"), date.orElse(null), arguments.optionalTime("time").orElse(null));
        return ToolResult.ok(json -> {
            json.put("available", answer.feasible());
            if (answer.proposed() != null) {
                json.put("time", ConfirmOrderTool.wallClock(answer.proposed()));
            }
            if (answer.reason() != null) {
                json.put("reason", answer.reason());
            }
            alternatives(json.putArray("alternatives"), answer.alternatives());
        });
    }

    private static void alternatives(com.fasterxml.jackson.databind.node.ArrayNode array, List<LocalDateTime> times) {
        times.stream().limit(5).map(ConfirmOrderTool::wallClock).forEach(array::add);
    }
}
