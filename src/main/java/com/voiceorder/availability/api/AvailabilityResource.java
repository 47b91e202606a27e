package com.voiceorder.availability.api;

import com.voiceorder.availability.application.AvailabilityService;
import com.voiceorder.shared.api.RequestValues;
import com.voiceorder.shared.domain.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import com.voiceorder.ordering.application.OrderTimingService;
import com.voiceorder.ordering.application.OrderingConfig;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.restaurant.application.RestaurantService;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Can we take it at that time?" for a reservation, a pickup or a delivery order.
 * Each type delegates to its capability's service; any member may ask.
 */
@Path("restaurants/{restaurantId}/availability")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Availability", description = "Free seatings and times, the same answer the phone agent gets")
public class AvailabilityResource {

    /** Items assumed when a pickup or delivery time is asked before the order is known. */
    private static final int TYPICAL_ORDER_ITEMS = 2;

    @Inject
    AvailabilityService availability;

    @Inject
    OrderTimingService timing;

    @Inject
    OrderingConfig ordering;

    @Inject
    RestaurantService restaurants;

    @GET
    @Operation(summary = "Whether a party can be seated (type=reservation): the slot, its tables and offers, "
            + "or why not and the nearest free seatings; for type=pickup|delivery the earliest feasible time, "
            + "or whether the requested one can be met and the next ones")
    public Object check(@PathParam("restaurantId") long restaurantId, @QueryParam("type") String type,
                        @QueryParam("date") String date, @QueryParam("time") String time,
                        @QueryParam("partySize") String partySize, @QueryParam("serviceId") String serviceId,
                        @QueryParam("roomId") String roomId, @QueryParam("items") String itemCount) {
        return switch (typeOf(type)) {
            case "reservation" -> ReservationAvailabilityDto.of(availability.checkReservation(restaurantId,
                    required(RequestValues.date(date, "date"), "date", "YYYY-MM-DD"),
                    RequestValues.time(time, "time"),
                    required(number(partySize, "partySize"), "partySize", "a number of guests").intValue(),
                    number(serviceId, "serviceId"), number(roomId, "roomId")));
            case "pickup", "delivery" -> OrderTimingDto.of(timing.propose(restaurantId,
                    "delivery".equals(typeOf(type)) ? OrderType.DELIVERY : OrderType.PICKUP,
                    requestedTime(restaurantId, RequestValues.date(date, "date"), RequestValues.time(time, "time")),
                    itemCount == null ? TYPICAL_ORDER_ITEMS : Math.max(1, number(itemCount, "items").intValue()),
                    "delivery".equals(typeOf(type)) ? ordering.defaultDeliveryTravel() : Duration.ZERO));
            default -> throw new IllegalStateException(type);
        };
    }

    /** A requested wall-clock time (date defaults to today); null asks for the earliest feasible one. */
    private LocalDateTime requestedTime(long restaurantId, LocalDate date, LocalTime time) {
        if (time == null) {
            return null;
        }
        return LocalDateTime.of(date != null ? date : restaurants.today(restaurantId), time);
    }

    private static String typeOf(String type) {
        String normalized = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "reservation", "pickup", "delivery" -> normalized;
            default -> throw new DomainException("type", "type must be reservation, pickup or delivery");
        };
    }

    private static Long number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new DomainException(field, field + " is a whole number, not " + text);
        }
    }

    private static <T> T required(T value, String field, String what) {
        if (value == null) {
            throw new DomainException(field, field + " is required (" + what + ")");
        }
        return value;
    }
}
