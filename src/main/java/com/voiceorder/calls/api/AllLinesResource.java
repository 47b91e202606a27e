package com.voiceorder.calls.api;

import com.voiceorder.calls.application.LineMonitor;
import com.voiceorder.restaurant.api.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every voice line of every restaurant with its live status (administrators only). */
@Path("lines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "The call log, messages and phone lines")
public class AllLinesResource {

    @Inject
    LineMonitor monitor;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Every restaurant's phone lines with their live status (admin)")
    public List<RestaurantLineStatusDto> list() {
        Caller.admin(security);
        return monitor.allLines().stream().map(RestaurantLineStatusDto::of).toList();
    }
}
