package com.voiceorder.calls.api;

import com.voiceorder.restaurant.api.Caller;
import com.voiceorder.calls.application.LineMonitor;
import com.voiceorder.calls.application.PhoneLineCommand;
import com.voiceorder.calls.application.PhoneLineService;
import com.voiceorder.calls.domain.AssistantSettings;
import com.voiceorder.calls.domain.Eagerness;
import com.voiceorder.calls.domain.LineMode;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.calls.domain.SipTransport;
import com.voiceorder.calls.domain.TurnDetection;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.shared.api.RequestValues;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.PhoneNumber;
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

/** The restaurant's phone lines; members read, owners and admins write. SIP passwords are write-only. */
@Path("restaurants/{restaurantId}/lines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "The call log, messages and phone lines")
public class PhoneLineResource {

    @Inject
    PhoneLineService lines;

    @Inject
    RestaurantService restaurants;

    @Inject
    LineMonitor monitor;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The restaurant's phone lines")
    public List<PhoneLineDto> list(@PathParam("restaurantId") long restaurantId) {
        return lines.list(restaurantId).stream().map(PhoneLineDto::of).toList();
    }

    @GET
    @Path("status")
    @Operation(summary = "The restaurant's phone lines with their live status: served, registered, calls in "
            + "progress, last error")
    public List<LineStatusDto> status(@PathParam("restaurantId") long restaurantId) {
        return monitor.lines(restaurantId).stream().map(LineStatusDto::of).toList();
    }

    @POST
    @Operation(summary = "Create a phone line (owner or admin); the SIP password is stored encrypted")
    public Response create(@PathParam("restaurantId") long restaurantId,
                           @Valid @NotNull(message = "the line is required") PhoneLineRequest request,
                           @Context UriInfo uri) {
        Caller.manager(security, restaurantId);
        PhoneLine line = lines.create(restaurantId, command(restaurantId, request));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(line.getId())).build())
                .entity(PhoneLineDto.of(line)).build();
    }

    @GET
    @Path("{lineId}")
    @Operation(summary = "One phone line")
    public PhoneLineDto get(@PathParam("restaurantId") long restaurantId, @PathParam("lineId") long lineId) {
        return PhoneLineDto.of(lines.get(restaurantId, lineId));
    }

    @PUT
    @Path("{lineId}")
    @Operation(summary = "Replace a phone line (owner or admin); without a SIP password the stored one is kept")
    public PhoneLineDto update(@PathParam("restaurantId") long restaurantId, @PathParam("lineId") long lineId,
                               @Valid @NotNull(message = "the line is required") PhoneLineRequest request) {
        Caller.manager(security, restaurantId);
        return PhoneLineDto.of(lines.update(restaurantId, lineId, command(restaurantId, request)));
    }

    @DELETE
    @Path("{lineId}")
    @Operation(summary = "Delete a phone line without call history (owner or admin)")
    public Response delete(@PathParam("restaurantId") long restaurantId, @PathParam("lineId") long lineId) {
        Caller.manager(security, restaurantId);
        lines.delete(restaurantId, lineId);
        return Response.noContent().build();
    }

    private PhoneLineCommand command(long restaurantId, PhoneLineRequest request) {
        String country = restaurants.get(restaurantId).countryCode();
        PhoneLineRequest.Sip sip = request.sip();
        PhoneLineRequest.Assistant assistant = request.assistant();
        return new PhoneLineCommand(
                phone(request.number(), country, "number"),
                request.displayName(),
                RequestValues.oneOf(LineMode.class, request.mode(), "mode"),
                request.enabled() == null || request.enabled(),
                sip == null ? null : new PhoneLineCommand.Sip(sip.registrarHost(), sip.port(),
                        sip.transport() == null ? null : RequestValues.oneOf(SipTransport.class, sip.transport(),
                                "sip.transport"),
                        sip.username(), sip.authUsername(), sip.domain(), sip.password()),
                request.allowedSources(), request.acceptUnknownSources(), request.maxConcurrentCalls(),
                request.staffTransferNumber() == null || request.staffTransferNumber().isBlank() ? null
                        : phone(request.staffTransferNumber(), country, "staffTransferNumber"),
                assistant == null ? null : new AssistantSettings(assistant.language(), assistant.voice(),
                        assistant.extraInstructions(), assistant.greeting(),
                        assistant.turnDetection() == null ? null : RequestValues.oneOf(TurnDetection.class,
                                assistant.turnDetection(), "assistant.turnDetection"),
                        assistant.vadThreshold(), assistant.silenceMs(),
                        assistant.eagerness() == null ? null : RequestValues.oneOf(Eagerness.class,
                                assistant.eagerness(), "assistant.eagerness")));
    }

    private static PhoneNumber phone(String raw, String country, String field) {
        return PhoneNumber.tryParse(raw, country)
                .orElseThrow(() -> new DomainException(field, "Invalid phone number: " + raw));
    }
}
