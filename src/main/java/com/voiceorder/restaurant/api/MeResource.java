package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.application.AuthenticatedUser;
import com.voiceorder.restaurant.application.UserService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own account and personal API tokens. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class MeResource {

    @Inject
    UserService users;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Who is calling: role, memberships, language")
    public UserDto me() {
        return UserDto.from(Caller.of(security));
    }

    @POST
    @Path("tokens")
    @Operation(summary = "Issue a personal API token; its secret is shown only in this answer")
    public Response issueToken(@Valid @NotNull(message = "A JSON body is required") TokenRequest request) {
        AuthenticatedUser caller = Caller.of(security);
        String secret = users.issueToken(caller.id(), request.name());
        return Response.status(Response.Status.CREATED).entity(new TokenDto(request.name().strip(), secret)).build();
    }
}
