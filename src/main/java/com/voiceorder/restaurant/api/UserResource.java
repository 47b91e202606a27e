package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.application.UserService;
import com.voiceorder.restaurant.domain.AppUser;
import com.voiceorder.restaurant.domain.Role;
import com.voiceorder.shared.api.RequestValues;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Users. Minimal version (create) so integration tests can act as an owner or staff member. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserResource {

    @Inject
    UserService users;

    @Context
    SecurityContext security;

    @POST
    @Operation(summary = "Create a user with a role and restaurant memberships (admin)")
    public Response create(@Valid @NotNull(message = "the user is required") UserRequest request,
                           @Context UriInfo uri) {
        CallerAccess.admin(security);
        AppUser user = users.create(request.username(), request.displayName(), request.password(),
                RequestValues.oneOf(Role.class, request.role(), "role"),
                request.restaurantIds() == null ? Set.of() : request.restaurantIds());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(user.getId())).build())
                .entity(UserDto.of(user)).build();
    }
}
