package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.Restaurant;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Restaurants and their settings. Members read; owners change settings; admins create and (de)activate. */
@Path("restaurants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Restaurants", description = "Profile, opening hours, closures, delivery and kitchen capacity")
public class RestaurantResource {

    private static final String BODY_REQUIRED = "A JSON body is required";

    @Inject
    RestaurantService restaurants;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The restaurants the caller may see (all of them for an admin)")
    public List<RestaurantSummaryDto> list() {
        return restaurants.listVisibleTo(Caller.of(security)).stream().map(RestaurantSummaryDto::from).toList();
    }

    @POST
    @Operation(summary = "Create a restaurant (admin)")
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) RestaurantRequest request) {
        Caller.admin(security);
        Restaurant created = restaurants.create(request.toCommand());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(RestaurantDto.from(created)).build();
    }

    @GET
    @Path("{restaurantId}")
    @Operation(summary = "A restaurant with all its settings")
    public RestaurantDto get(@PathParam("restaurantId") long restaurantId) {
        return RestaurantDto.from(restaurants.get(restaurantId));
    }

    @PUT
    @Path("{restaurantId}")
    @Operation(summary = "Replace the restaurant's profile (owner)")
    public RestaurantDto update(@PathParam("restaurantId") long restaurantId,
            @Valid @NotNull(message = BODY_REQUIRED) RestaurantRequest request) {
        Caller.manager(security, restaurantId);
        return RestaurantDto.from(restaurants.update(restaurantId, request.toCommand()));
    }

    @PUT
    @Path("{restaurantId}/opening-hours")
    @Operation(summary = "Replace the weekly opening hours (owner)")
    public RestaurantDto replaceOpeningHours(@PathParam("restaurantId") long restaurantId,
            @Valid @NotNull(message = BODY_REQUIRED) OpeningHoursRequest request) {
        Caller.manager(security, restaurantId);
        return RestaurantDto.from(restaurants.replaceOpeningHours(restaurantId, request.toDomain()));
    }

    @PUT
    @Path("{restaurantId}/closures")
    @Operation(summary = "Replace the exceptional closures (owner)")
    public RestaurantDto replaceClosures(@PathParam("restaurantId") long restaurantId,
            @Valid @NotNull(message = BODY_REQUIRED) ClosuresRequest request) {
        Caller.manager(security, restaurantId);
        return RestaurantDto.from(restaurants.replaceClosures(restaurantId, request.toDomain()));
    }

    @PUT
    @Path("{restaurantId}/delivery")
    @Operation(summary = "Replace the delivery rules and zones together (owner)")
    public RestaurantDto configureDelivery(@PathParam("restaurantId") long restaurantId,
            @Valid @NotNull(message = BODY_REQUIRED) DeliveryRequest request) {
        Caller.manager(security, restaurantId);
        return RestaurantDto.from(restaurants.configureDelivery(restaurantId, request.toRules(), request.toZones()));
    }

    @PUT
    @Path("{restaurantId}/kitchen-capacity")
    @Operation(summary = "Replace the kitchen capacity (owner)")
    public RestaurantDto updateKitchenCapacity(@PathParam("restaurantId") long restaurantId,
            @Valid @NotNull(message = BODY_REQUIRED) KitchenCapacityRequest request) {
        Caller.manager(security, restaurantId);
        return RestaurantDto.from(restaurants.updateKitchenCapacity(restaurantId, request.toDomain()));
    }

    @POST
    @Path("{restaurantId}/deactivate")
    @Operation(summary = "Stop taking calls; the data is kept (admin)")
    public RestaurantDto deactivate(@PathParam("restaurantId") long restaurantId) {
        Caller.admin(security);
        restaurants.deactivate(restaurantId);
        return RestaurantDto.from(restaurants.get(restaurantId));
    }

    @POST
    @Path("{restaurantId}/activate")
    @Operation(summary = "Take calls again (admin)")
    public RestaurantDto activate(@PathParam("restaurantId") long restaurantId) {
        Caller.admin(security);
        restaurants.activate(restaurantId);
        return RestaurantDto.from(restaurants.get(restaurantId));
    }
}
