package com.voiceorder.reservations.api;

import com.voiceorder.reservations.application.GuestBookingCommand;
import com.voiceorder.reservations.application.ReservationChange;
import com.voiceorder.reservations.application.ReservationBookingService;
import com.voiceorder.reservations.application.ReservationService;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationSource;
import com.voiceorder.reservations.domain.ReservationStatus;
import com.voiceorder.shared.api.RequestValues;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A restaurant's reservations; any member (staff included) may book and change them. */
@Path("restaurants/{restaurantId}/reservations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reservations", description = "Bookings and their lifecycle")
public class ReservationResource {

    @Inject
    ReservationBookingService booking;

    @Inject
    ReservationService reservations;

    @GET
    @Operation(summary = "Reservations of a service date (default today in the restaurant's zone), optionally by "
            + "status; with phone (any notation): that caller's reservations on the date, or their upcoming ones")
    public List<ReservationDto> list(@PathParam("restaurantId") long restaurantId, @QueryParam("date") String date,
                                     @QueryParam("status") List<String> statuses, @QueryParam("phone") String phone) {
        Set<ReservationStatus> wanted = RequestValues.setOf(ReservationStatus.class, statuses, "status");
        List<Reservation> found = phone != null
                ? booking.findByPhone(restaurantId, phone, RequestValues.date(date, "date")).stream()
                        .filter(reservation -> wanted.isEmpty() || wanted.contains(reservation.getStatus())).toList()
                : booking.listForDay(restaurantId, RequestValues.date(date, "date"), wanted);
        return found.stream().map(ReservationDto::of).toList();
    }

    @POST
    @Operation(summary = "Book a table (PENDING); the guest is found or created as a customer by phone")
    public Response create(@PathParam("restaurantId") long restaurantId,
                           @Valid @NotNull(message = "the reservation is required") ReservationRequest request,
                           @Context UriInfo uri) {
        Reservation reservation = booking.book(restaurantId, new GuestBookingCommand(request.serviceId(),
                request.offerId(), request.roomId(), request.tableIds(), request.partySize(),
                RequestValues.date(request.date(), "date"), RequestValues.time(request.time(), "time"),
                request.guest().name(), request.guest().phone(), request.notes(), ReservationSource.API));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(reservation.getId())).build())
                .entity(ReservationDto.of(reservation)).build();
    }

    @GET
    @Path("{reservationId}")
    @Operation(summary = "One reservation")
    public ReservationDto get(@PathParam("restaurantId") long restaurantId,
                              @PathParam("reservationId") long reservationId) {
        return ReservationDto.of(reservations.get(restaurantId, reservationId));
    }

    @PUT
    @Path("{reservationId}")
    @Operation(summary = "Change date, time, party size (and offer) where the party can be seated; keeps its tables "
            + "when they still fit. 400 naming time, with the nearest free seatings, when it cannot be seated")
    public ReservationDto change(@PathParam("restaurantId") long restaurantId,
                                 @PathParam("reservationId") long reservationId,
                                 @Valid @NotNull(message = "the change is required") ReservationChangeRequest request) {
        return ReservationDto.of(booking.change(restaurantId, reservationId, new ReservationChange(
                RequestValues.date(request.date(), "date"), RequestValues.time(request.time(), "time"),
                request.partySize(), request.serviceId(), request.offerId())));
    }

    @POST
    @Path("{reservationId}/status")
    @Operation(summary = "Move the reservation on: CONFIRMED, SEATED, COMPLETED, NO_SHOW "
            + "(409 when the lifecycle does not allow it)")
    public ReservationDto changeStatus(@PathParam("restaurantId") long restaurantId,
                                       @PathParam("reservationId") long reservationId,
                                       @Valid @NotNull(message = "the status is required")
                                       ReservationStatusRequest request) {
        ReservationStatus target = RequestValues.oneOf(ReservationStatus.class, request.status(), "status");
        return ReservationDto.of(reservations.changeStatus(restaurantId, reservationId, target));
    }

    @POST
    @Path("{reservationId}/cancel")
    @Operation(summary = "Cancel a pending or confirmed reservation, with an optional reason")
    public ReservationDto cancel(@PathParam("restaurantId") long restaurantId,
                                 @PathParam("reservationId") long reservationId,
                                 @Valid ReservationCancelRequest request) {
        return ReservationDto.of(reservations.cancel(restaurantId, reservationId,
                request == null ? null : request.reason()));
    }

    @PUT
    @Path("{reservationId}/tables")
    @Operation(summary = "Seat the party at these tables (and room)")
    public ReservationDto assignTables(@PathParam("restaurantId") long restaurantId,
                                       @PathParam("reservationId") long reservationId,
                                       @Valid @NotNull(message = "the tables are required")
                                       TableAssignmentRequest request) {
        return ReservationDto.of(reservations.assignTables(restaurantId, reservationId, request.roomId(),
                request.tableIds()));
    }
}
