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
import com.voiceorder.reservations.application.GuestBookingCommand;
import com.voiceorder.reservations.application.ReservationBookingService;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationSource;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.Restaurant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;

/** {@code confirm_reservation}: books a table once the caller agreed to the date, time and party size. */
@ApplicationScoped
public class ConfirmReservationTool implements AgentTool {

    private static final ToolDefinition DEFINITION = new ToolDefinition("confirm_reservation",
            "Book a table, only after repeating date, time, party size and name to the caller and hearing them "
                    + "agree. Returns the reservation id, or the nearest free times when the time is full.",
            ToolSchema.object()
                    .string("date", "Date YYYY-MM-DD", true)
                    .string("time", "Arrival time HH:MM (24 h)", true)
                    .integer("party_size", "Number of guests", 1, true)
                    .string("name", "Name the table is booked under", true)
                    .string("phone", "Contact number if different from the caller id, else null", false)
                    .string("notes", "Occasion, high chair, allergies…", false)
                    .build());

    private ReservationBookingService bookings;
    private DiningSetupService setup;
    private RestaurantService restaurants;
    private Port<ReservationAvailability> availability;

    @Inject
    public ConfirmReservationTool(ReservationBookingService bookings, DiningSetupService setup,
            RestaurantService restaurants, Instance<ReservationAvailability> availability) {
        this(bookings, setup, restaurants, Port.of(availability));
    }

    public ConfirmReservationTool(ReservationBookingService bookings, DiningSetupService setup,
            RestaurantService restaurants, Port<ReservationAvailability> availability) {
        this.bookings = bookings;
        this.setup = setup;
        this.restaurants = restaurants;
        this.availability = availability;
    }

    /** For CDI proxies. */
    protected ConfirmReservationTool() {
    }

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult run(AgentCall call, ToolArguments arguments) {
        Restaurant restaurant = restaurants.get(call.restaurantId());
        LocalDate date = arguments.date("date");
        LocalTime time = arguments.time("time");
        int party = arguments.integer("party_size", 1, CheckAvailabilityTool.MAX_PARTY);
        String name = arguments.text("name");
        String phone = GuestReservations.phone(call, arguments, restaurant.countryCode()).e164();
        Seating seating = Seating.resolve(setup, availability, call.restaurantId(), restaurant.zone(), date, time,
                party);
        Reservation reservation = bookings.book(call.restaurantId(), new GuestBookingCommand(
                seating.service().getId(), null, null, null, party, date, time, name, phone,
                arguments.optionalText("notes").orElse(null), ReservationSource.PHONE));
        return ToolResult.ok(json -> {
            GuestReservations.describe(json, reservation, restaurant.zone());
            json.put("service", seating.service().getName());
        });
    }
}
