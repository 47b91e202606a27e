package com.voiceorder.calls.application.tools;

import com.voiceorder.calls.application.AgentCall;
import com.voiceorder.calls.application.AgentTool;
import com.voiceorder.calls.application.ToolArguments;
import com.voiceorder.calls.application.ToolDefinition;
import com.voiceorder.calls.application.ToolResult;
import com.voiceorder.calls.application.ToolSchema;
import com.voiceorder.reservations.application.ReservationService;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.Restaurant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code cancel_reservation}: cancels one of the caller's reservations. */
@ApplicationScoped
public class CancelReservationTool implements AgentTool {

    private static final ToolDefinition DEFINITION = new ToolDefinition("cancel_reservation",
            "Cancel the caller's reservation (found with find_reservation) after they confirmed they want to cancel.",
            ToolSchema.object()
                    .integer("reservation_id", "The reservation_id returned by find_reservation", 1, true)
                    .string("reason", "Why, if the caller said", false)
                    .string("phone", "The number the table was booked with if different from the caller id, else null",
                            false)
                    .build());

    private ReservationService reservations;
    private RestaurantService restaurants;

    @Inject
    public CancelReservationTool(ReservationService reservations, RestaurantService restaurants) {
        this.reservations = reservations;
        this.restaurants = restaurants;
    }

    /** For CDI proxies. */
    protected CancelReservationTool() {
    }

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult run(AgentCall call, ToolArguments arguments) {
        Restaurant restaurant = restaurants.get(call.restaurantId());
        long reservationId = arguments.integer("reservation_id", 1, Integer.MAX_VALUE);
        GuestReservations.owned(reservations, call.restaurantId(), reservationId,
                GuestReservations.phone(call, arguments, restaurant.countryCode()));
        Reservation cancelled = reservations.cancel(call.restaurantId(), reservationId,
                arguments.optionalText("reason").orElse("Cancelled by phone"));
        return ToolResult.ok(json -> GuestReservations.describe(json, cancelled, restaurant.zone()));
    }
}
