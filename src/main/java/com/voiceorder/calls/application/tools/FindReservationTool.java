package com.voiceorder.calls.application.tools;

import com.voiceorder.calls.application.AgentCall;
import com.voiceorder.calls.application.AgentTool;
import com.voiceorder.calls.application.ToolArguments;
import com.voiceorder.calls.application.ToolDefinition;
import com.voiceorder.calls.application.ToolResult;
import com.voiceorder.calls.application.ToolSchema;
import com.voiceorder.reservations.application.ReservationBookingService;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationStatus;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.shared.domain.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;

/** {@code find_reservation}: the caller's active reservations on a date, found by their phone number. */
@ApplicationScoped
public class FindReservationTool implements AgentTool {

    private static final ToolDefinition DEFINITION = new ToolDefinition("find_reservation",
            "Find the caller's reservations on a date (by the phone number they booked with), before changing "
                    + "or cancelling one.",
            ToolSchema.object()
                    .string("date", "Date YYYY-MM-DD of the reservation", true)
                    .string("phone", "The number the table was booked with if different from the caller id, else null",
                            false)
                    .build());

    private ReservationBookingService bookings;
    private RestaurantService restaurants;

    @Inject
    public FindReservationTool(ReservationBookingService bookings, RestaurantService restaurants) {
        this.bookings = bookings;
        this.restaurants = restaurants;
    }

    /** For CDI proxies. */
    protected FindReservationTool() {
    }

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult run(AgentCall call, ToolArguments arguments) {
        Restaurant restaurant = restaurants.get(call.restaurantId());
        var date = arguments.date("date");
        PhoneNumber phone = GuestReservations.phone(call, arguments, restaurant.countryCode());
        List<Reservation> found = bookings.listForDay(call.restaurantId(), date,
                        EnumSet.of(ReservationStatus.PENDING, ReservationStatus.CONFIRMED)).stream()
                .filter(reservation -> phone.e164().equals(reservation.getGuestPhone()))
                .toList();
        return ToolResult.ok(json -> {
            var list = json.putArray("reservations");
            found.forEach(reservation -> GuestReservations.describe(list.addObject(), reservation, restaurant.zone()));
        });
    }
}
