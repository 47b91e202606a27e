package com.voiceorder.reservations.api;

import com.voiceorder.restaurant.api.Caller;
import com.voiceorder.reservations.application.DiningServiceCommand;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.ServiceKind;
import com.voiceorder.shared.api.RequestValues;
import com.voiceorder.shared.domain.DomainException;
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
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dining services a restaurant takes bookings for; members read, owners and admins write. */
@Path("restaurants/{restaurantId}/services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dining setup", description = "Services, offers, rooms and tables")
public class DiningServiceResource {

    @Inject
    DiningSetupService setup;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The restaurant's dining services")
    public List<DiningServiceDto> list(@PathParam("restaurantId") long restaurantId) {
        return setup.listServices(restaurantId).stream().map(DiningServiceDto::of).toList();
    }

    @POST
    @Operation(summary = "Create a dining service (owner or admin)")
    public Response create(@PathParam("restaurantId") long restaurantId,
                           @Valid @NotNull(message = "the service is required") DiningServiceRequest request,
                           @Context UriInfo uri) {
        Caller.manager(security, restaurantId);
        DiningService service = setup.createService(restaurantId, command(request));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(service.getId())).build())
                .entity(DiningServiceDto.of(service)).build();
    }

    @GET
    @Path("{serviceId}")
    @Operation(summary = "One dining service")
    public DiningServiceDto get(@PathParam("restaurantId") long restaurantId, @PathParam("serviceId") long serviceId) {
        return DiningServiceDto.of(setup.getService(restaurantId, serviceId));
    }

    @PUT
    @Path("{serviceId}")
    @Operation(summary = "Replace a dining service (owner or admin)")
    public DiningServiceDto update(@PathParam("restaurantId") long restaurantId, @PathParam("serviceId") long serviceId,
                                   @Valid @NotNull(message = "the service is required") DiningServiceRequest request) {
        Caller.manager(security, restaurantId);
        return DiningServiceDto.of(setup.updateService(restaurantId, serviceId, command(request)));
    }

    @DELETE
    @Path("{serviceId}")
    @Operation(summary = "Delete a dining service no reservation or offer refers to (owner or admin)")
    public Response delete(@PathParam("restaurantId") long restaurantId, @PathParam("serviceId") long serviceId) {
        Caller.manager(security, restaurantId);
        setup.deleteService(restaurantId, serviceId);
        return Response.noContent().build();
    }

    private static DiningServiceCommand command(DiningServiceRequest request) {
        Map<Integer, Integer> durations = new HashMap<>();
        if (request.durationsByPartySize() != null) {
            request.durationsByPartySize().forEach((size, minutes) -> {
                try {
                    durations.put(Integer.valueOf(size.strip()), minutes);
                } catch (NumberFormatException e) {
                    throw new DomainException("durationsByPartySize",
                            "keys are party sizes (\"up to N guests\"), not " + size);
                }
            });
        }
        return new DiningServiceCommand(request.name(),
                RequestValues.oneOf(ServiceKind.class, request.kind(), "kind"),
                RequestValues.setOf(DayOfWeek.class, request.weekdays(), "weekdays"),
                RequestValues.time(request.startTime(), "startTime"),
                RequestValues.time(request.lastSeating(), "lastSeating"),
                request.slotIntervalMinutes(), request.maxCovers(), request.pacingCovers(),
                request.defaultDurationMinutes(), durations, request.prepaymentPerPersonCents(),
                request.active() == null || request.active());
    }
}
