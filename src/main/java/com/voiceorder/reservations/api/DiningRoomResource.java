package com.voiceorder.reservations.api;

import com.voiceorder.restaurant.api.Caller;
import com.voiceorder.reservations.application.DiningRoomCommand;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.domain.DiningRoom;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The restaurant's dining rooms; members read, owners and admins write. */
@Path("restaurants/{restaurantId}/rooms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dining setup", description = "Services, offers, rooms and tables")
public class DiningRoomResource {

    @Inject
    DiningSetupService setup;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The restaurant's dining rooms")
    public List<DiningRoomDto> list(@PathParam("restaurantId") long restaurantId) {
        return setup.listRooms(restaurantId).stream().map(DiningRoomDto::of).toList();
    }

    @POST
    @Operation(summary = "Create a dining room (owner or admin)")
    public Response create(@PathParam("restaurantId") long restaurantId,
                           @Valid @NotNull(message = "the room is required") DiningRoomRequest request,
                           @Context UriInfo uri) {
        Caller.manager(security, restaurantId);
        DiningRoom room = setup.createRoom(restaurantId, command(request));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(room.getId())).build())
                .entity(DiningRoomDto.of(room)).build();
    }

    @GET
    @Path("{roomId}")
    @Operation(summary = "One dining room")
    public DiningRoomDto get(@PathParam("restaurantId") long restaurantId, @PathParam("roomId") long roomId) {
        return DiningRoomDto.of(setup.getRoom(restaurantId, roomId));
    }

    @PUT
    @Path("{roomId}")
    @Operation(summary = "Replace a dining room (owner or admin)")
    public DiningRoomDto update(@PathParam("restaurantId") long restaurantId, @PathParam("roomId") long roomId,
                                @Valid @NotNull(message = "the room is required") DiningRoomRequest request) {
        Caller.manager(security, restaurantId);
        return DiningRoomDto.of(setup.updateRoom(restaurantId, roomId, command(request)));
    }

    @DELETE
    @Path("{roomId}")
    @Operation(summary = "Delete a dining room without tables (owner or admin)")
    public Response delete(@PathParam("restaurantId") long restaurantId, @PathParam("roomId") long roomId) {
        Caller.manager(security, restaurantId);
        setup.deleteRoom(restaurantId, roomId);
        return Response.noContent().build();
    }

    private static DiningRoomCommand command(DiningRoomRequest request) {
        return new DiningRoomCommand(request.name(), request.position() == null ? 0 : request.position(),
                request.active() == null || request.active());
    }
}
