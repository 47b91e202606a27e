package com.voiceorder.reservations.api;

import com.voiceorder.restaurant.api.Caller;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.DiningTableCommand;
import com.voiceorder.reservations.domain.DiningTable;
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

/** The restaurant's tables; members read, owners and admins write. */
@Path("restaurants/{restaurantId}/tables")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dining setup", description = "Services, offers, rooms and tables")
public class DiningTableResource {

    @Inject
    DiningSetupService setup;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The restaurant's tables")
    public List<DiningTableDto> list(@PathParam("restaurantId") long restaurantId) {
        return setup.listTables(restaurantId).stream().map(DiningTableDto::of).toList();
    }

    @POST
    @Operation(summary = "Create a table in a room (owner or admin)")
    public Response create(@PathParam("restaurantId") long restaurantId,
                           @Valid @NotNull(message = "the table is required") DiningTableRequest request,
                           @Context UriInfo uri) {
        Caller.manager(security, restaurantId);
        DiningTable table = setup.createTable(restaurantId, command(request));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(table.getId())).build())
                .entity(DiningTableDto.of(table)).build();
    }

    @GET
    @Path("{tableId}")
    @Operation(summary = "One table")
    public DiningTableDto get(@PathParam("restaurantId") long restaurantId, @PathParam("tableId") long tableId) {
        return DiningTableDto.of(setup.getTable(restaurantId, tableId));
    }

    @PUT
    @Path("{tableId}")
    @Operation(summary = "Replace a table (owner or admin)")
    public DiningTableDto update(@PathParam("restaurantId") long restaurantId, @PathParam("tableId") long tableId,
                                 @Valid @NotNull(message = "the table is required") DiningTableRequest request) {
        Caller.manager(security, restaurantId);
        return DiningTableDto.of(setup.updateTable(restaurantId, tableId, command(request)));
    }

    @DELETE
    @Path("{tableId}")
    @Operation(summary = "Delete a table no reservation refers to (owner or admin)")
    public Response delete(@PathParam("restaurantId") long restaurantId, @PathParam("tableId") long tableId) {
        Caller.manager(security, restaurantId);
        setup.deleteTable(restaurantId, tableId);
        return Response.noContent().build();
    }

    private static DiningTableCommand command(DiningTableRequest request) {
        return new DiningTableCommand(request.roomId(), request.label(), request.minCovers(), request.maxCovers(),
                request.combinableWith(), request.active() == null || request.active());
    }
}
