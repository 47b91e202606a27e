package com.voiceorder.calls.application.tools;

import com.voiceorder.calls.application.AgentCall;
import com.voiceorder.calls.application.AgentTool;
import com.voiceorder.calls.application.Port;
import com.voiceorder.calls.application.ReservationAvailability;
import com.voiceorder.calls.application.ToolArguments;
import com.voiceorder.calls.application.ToolDefinition;
import com.voiceorder.calls.application.ToolResult;
import com.voiceorder.calls.application.ToolSchema;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.RescheduleReservationCommand;
import com.voiceorder.reservations.application.ReservationService;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationRescheduled;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.Restaurant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;

/** {@code modify_reservation}: moves one of the caller's reservations to another date, time or party size. */
@ApplicationScoped
public class ModifyReservationTool implements AgentTool {

    private static final ToolDefinition DEFINITION = new ToolDefinition("modify_reservation",
            "Change the caller's reservation (found with find_reservation) after they agreed to the new details. "
                    + "Fields left null keep their current value.",
            ToolSchema.object()
                    .integer("reservation_id", "The reservation_id returned by find_reservation", 1, true)
                    .string("date", "New date YYYY-MM-DD, or null", false)
                    .string("time", "New arrival time HH:MM (24 h), or null", false)
                    .integer("party_size", "New number of guests, or null", 1, false)
                    .string("phone", "The number the table was booked with if different from the caller id, else null",
                            false)
                    .build());

    private ReservationService reservations;
    private DiningSetupService setup;
    private RestaurantService restaurants;
    private Port<ReservationAvailability> availability;
    private Event<ReservationRescheduled> rescheduled;

    @Inject
    public ModifyReservationTool(ReservationService reservations, DiningSetupService setup,
            RestaurantService restaurants, Instance<ReservationAvailability> availability,
            Event<ReservationRescheduled> rescheduled) {
        this(reservations, setup, restaurants, Port.of(availability), rescheduled);
    }

    public ModifyReservationTool(ReservationService reservations, DiningSetupService setup,
            RestaurantService restaurants, Port<ReservationAvailability> availability,
            Event<ReservationRescheduled> rescheduled) {
        this.reservations = reservations;
        this.setup = setup;
        this.restaurants = restaurants;
        this.availability = availability;
        this.rescheduled = rescheduled;
    }

    /** For CDI proxies. */
    protected ModifyReservationTool() {
    }

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult run(AgentCall call, ToolArguments arguments) {
        Restaurant restaurant = restaurants.get(call.restaurantId());
        long reservationId = arguments.integer("reservation_id", 1, Integer.MAX_VALUE);
        Reservation reservation = GuestReservations.owned(reservations, call.restaurantId(), reservationId,
                GuestReservations.phone(call, arguments, restaurant.countryCode()));
        LocalDate date = arguments.optionalDate("date").orElse(reservation.getServiceDate());
        LocalTime time = arguments.optionalTime("time")
                .orElse(reservation.getStartsAt().atZone(restaurant.zone()).toLocalTime());
        int party = arguments.optionalInteger("party_size", 1, CheckAvailabilityTool.MAX_PARTY)
                .orElse(reservation.getPartySize());
        Seating seating = Seating.resolve(setup, availability, call.restaurantId(), restaurant.zone(), date, time,
                party);
        Reservation changed = reservations.reschedule(call.restaurantId(), reservationId,
                new RescheduleReservationCommand(seating.service().getId(), date, seating.startsAt().toInstant(),
                        null, party));
        rescheduled.fire(new ReservationRescheduled(call.restaurantId(), reservationId));
        return ToolResult.ok(json -> GuestReservations.describe(json, changed, restaurant.zone()));
    }
}
