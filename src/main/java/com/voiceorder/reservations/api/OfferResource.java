package com.voiceorder.reservations.api;

import com.voiceorder.restaurant.api.Caller;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.OfferCommand;
import com.voiceorder.reservations.domain.Offer;
import com.voiceorder.shared.api.RequestValues;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The restaurant's offers; members read, owners and admins write. */
@Path("restaurants/{restaurantId}/offers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dining setup", description = "Services, offers, rooms and tables")
public class OfferResource {

    @Inject
    DiningSetupService setup;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The restaurant's offers")
    public List<OfferDto> list(@PathParam("restaurantId") long restaurantId) {
        return setup.listOffers(restaurantId).stream().map(OfferDto::of).toList();
    }

    @POST
    @Operation(summary = "Create an offer (owner or admin)")
    public Response create(@PathParam("restaurantId") long restaurantId,
                           @Valid @NotNull(message = "the offer is required") OfferRequest request,
                           @Context UriInfo uri) {
        Caller.manager(security, restaurantId);
        Offer offer = setup.createOffer(restaurantId, command(request));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(offer.getId())).build())
                .entity(OfferDto.of(offer)).build();
    }

    @GET
    @Path("{offerId}")
    @Operation(summary = "One offer")
    public OfferDto get(@PathParam("restaurantId") long restaurantId, @PathParam("offerId") long offerId) {
        return OfferDto.of(setup.getOffer(restaurantId, offerId));
    }

    @PUT
    @Path("{offerId}")
    @Operation(summary = "Replace an offer (owner or admin)")
    public OfferDto update(@PathParam("restaurantId") long restaurantId, @PathParam("offerId") long offerId,
                           @Valid @NotNull(message = "the offer is required") OfferRequest request) {
        Caller.manager(security, restaurantId);
        return OfferDto.of(setup.updateOffer(restaurantId, offerId, command(request)));
    }

    @DELETE
    @Path("{offerId}")
    @Operation(summary = "Delete an offer no reservation refers to (owner or admin)")
    public Response delete(@PathParam("restaurantId") long restaurantId, @PathParam("offerId") long offerId) {
        Caller.manager(security, restaurantId);
        setup.deleteOffer(restaurantId, offerId);
        return Response.noContent().build();
    }

    private static OfferCommand command(OfferRequest request) {
        return new OfferCommand(request.name(), request.description(),
                RequestValues.date(request.validFrom(), "validFrom"), RequestValues.date(request.validTo(), "validTo"),
                RequestValues.setOf(DayOfWeek.class, request.weekdays(), "weekdays"), request.serviceIds(),
                request.minPartySize() == null ? 1 : request.minPartySize(), request.maxPartySize(),
                request.formulaId(), request.active() == null || request.active());
    }
}
