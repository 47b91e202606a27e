package com.voiceorder.calls.api;

import com.voiceorder.calls.application.CallLogService;
import com.voiceorder.calls.domain.CallOutcome;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.shared.api.RequestValues;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The restaurant's call log; any member may read it. */
@Path("restaurants/{restaurantId}/calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "The call log, messages and phone lines")
public class CallResource {

    @Inject
    CallLogService log;

    @Inject
    RestaurantService restaurants;

    @GET
    @Operation(summary = "Calls started on a day (default today in the restaurant's zone), newest first, "
            + "optionally by outcome")
    public List<CallSummaryDto> list(@PathParam("restaurantId") long restaurantId, @QueryParam("date") String date,
                                     @QueryParam("outcome") List<String> outcomes) {
        LocalDate day = RequestValues.date(date, "date");
        return log.listCalls(restaurantId, day != null ? day : restaurants.today(restaurantId),
                        restaurants.zoneOf(restaurantId), RequestValues.setOf(CallOutcome.class, outcomes, "outcome"))
                .stream().map(CallSummaryDto::of).toList();
    }

    @GET
    @Path("{callId}")
    @Operation(summary = "One call with its transcript and tool calls")
    public CallDto get(@PathParam("restaurantId") long restaurantId, @PathParam("callId") long callId) {
        return CallDto.of(log.getCall(restaurantId, callId));
    }
}
