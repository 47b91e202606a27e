package com.voiceorder.calls.api;

import com.voiceorder.calls.application.CallLogService;
import com.voiceorder.shared.domain.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The messages inbox (voicemails, notes); any member may read it and mark messages handled. */
@Path("restaurants/{restaurantId}/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "The call log, messages and phone lines")
public class MessageResource {

    @Inject
    CallLogService log;

    @GET
    @Operation(summary = "Messages, unhandled first then newest first (at most " + CallLogService.MESSAGE_PAGE + ")")
    public List<MessageDto> list(@PathParam("restaurantId") long restaurantId,
                                 @Parameter(description = "true: handled only; false: unhandled only; absent: all")
                                 @QueryParam("handled") String handledText) {
        Boolean handled = handledFilter(handledText);
        return log.listMessages(restaurantId, handled == null || handled).stream()
                .filter(message -> handled == null || message.isHandled() == handled)
                .map(MessageDto::of)
                .toList();
    }

    private static Boolean handledFilter(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new DomainException("handled", "handled is true or false, not " + text);
        };
    }

    @GET
    @Path("{messageId}")
    @Operation(summary = "One message")
    public MessageDto get(@PathParam("restaurantId") long restaurantId, @PathParam("messageId") long messageId) {
        return MessageDto.of(log.getMessage(restaurantId, messageId));
    }

    @POST
    @Path("{messageId}/handled")
    @Operation(summary = "Mark a message handled (called back, dealt with)")
    public MessageDto markHandled(@PathParam("restaurantId") long restaurantId,
                                  @PathParam("messageId") long messageId) {
        return MessageDto.of(log.markHandled(restaurantId, messageId));
    }
}
