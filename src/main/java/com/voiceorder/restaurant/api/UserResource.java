package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.application.UserService;
import com.voiceorder.restaurant.domain.AppUser;
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

/** Users and their memberships (admin only). The caller's own account is {@link MeResource}. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Who signs in, with which role, to which restaurants")
public class UserResource {

    private static final String BODY_REQUIRED = "A JSON body is required";

    @Inject
    UserService users;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Every user (admin)")
    public List<UserDto> list() {
        Caller.admin(security);
        return users.list().stream().map(UserDto::from).toList();
    }

    @POST
    @Operation(summary = "Create a user with a role and memberships (admin)")
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) UserRequest request) {
        Caller.admin(security);
        AppUser created = users.create(request.username(), request.displayName(), request.password(), request.toRole(),
                request.restaurantIdsOrNone());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(UserDto.from(created)).build();
    }

    @GET
    @Path("{userId}")
    @Operation(summary = "One user (admin)")
    public UserDto get(@PathParam("userId") long userId) {
        Caller.admin(security);
        return UserDto.from(users.get(userId));
    }

    @PUT
    @Path("{userId}/restaurants")
    @Operation(summary = "Replace the restaurants a user may see (admin)")
    public UserDto replaceMemberships(@PathParam("userId") long userId,
            @Valid @NotNull(message = BODY_REQUIRED) MembershipsRequest request) {
        Caller.admin(security);
        return UserDto.from(users.replaceMemberships(userId, request.restaurantIds()));
    }
}
