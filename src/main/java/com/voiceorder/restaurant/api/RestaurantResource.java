package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.application.RestaurantCommand;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.Restaurant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Restaurants. Minimal version (create, read) written alongside the operations API so its
 * integration tests can create their data; the catalog REST work supersedes it.
 */
@Path("restaurants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Restaurants")
public class RestaurantResource {

    @Inject
    RestaurantService restaurants;

    @Context
    SecurityContext security;

    @POST
    @Operation(summary = "Create a restaurant (admin)")
    public Response create(@Valid @NotNull(message = "the restaurant is required") RestaurantRequest request,
                           @Context UriInfo uri) {
        CallerAccess.admin(security);
        Restaurant restaurant = restaurants.create(new RestaurantCommand(request.name(), request.slug(),
                request.street(), request.postalCode(), request.city(), request.countryCode(), request.latitude(),
                request.longitude(), request.phone(), request.email(), request.timeZone(), request.language(),
                request.currency()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(restaurant.getId())).build())
                .entity(RestaurantDto.of(restaurant)).build();
    }

    @GET
    @Path("{restaurantId}")
    @Operation(summary = "One restaurant")
    public RestaurantDto get(@PathParam("restaurantId") long restaurantId) {
        return RestaurantDto.of(restaurants.get(restaurantId));
    }
}
