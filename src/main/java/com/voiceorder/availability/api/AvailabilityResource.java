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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Can we take it at that time?" for a reservation (and, once routed, a pickup or delivery order).
 * Each type delegates to its capability's service; any member may ask.
 */
@Path("restaurants/{restaurantId}/availability")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Availability", description = "Free seatings and times, the same answer the phone agent gets")
public class AvailabilityResource {

    @Inject
    AvailabilityService availability;

    @GET
    @Operation(summary = "Whether a party can be seated (type=reservation): the slot, its tables and offers, "
            + "or why not and the nearest free seatings")
    public Object check(@PathParam("restaurantId") long restaurantId, @QueryParam("type") String type,
                        @QueryParam("date") String date, @QueryParam("time") String time,
                        @QueryParam("partySize") String partySize, @QueryParam("serviceId") String serviceId,
                        @QueryParam("roomId") String roomId) {
        return switch (typeOf(type)) {
            case "reservation" -> ReservationAvailabilityDto.of(availability.checkReservation(restaurantId,
                    required(RequestValues.date(date, "date"), "date", "YYYY-MM-DD"),
                    RequestValues.time(time, "time"),
                    required(number(partySize, "partySize"), "partySize", "a number of guests").intValue(),
                    number(serviceId, "serviceId"), number(roomId, "roomId")));
            case "pickup", "delivery" -> throw new WebApplicationException(
                    "availability for " + type + " orders is not wired to this endpoint yet", 501);
            default -> throw new IllegalStateException(type);
        };
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
