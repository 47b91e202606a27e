package com.voiceorder.calls.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voiceorder.calls.application.AgentConsole;
import com.voiceorder.calls.application.ToolInvocation;
import com.voiceorder.calls.application.ToolResult;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The phone agent's prompt and tools over HTTP, for integration and debugging: exactly what the
 * agent would get and do during a call on that line from that caller.
 */
@Path("restaurants/{restaurantId}/ai")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agent", description = "The phone agent's instructions and tools")
public class AgentResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgentConsole console;

    @GET
    @Path("prompt")
    @Operation(summary = "The agent's instructions, tools and the recognised caller for a call on a line")
    public AgentPromptDto prompt(@PathParam("restaurantId") long restaurantId,
            @Parameter(description = "Line id or number; absent = the restaurant's defaults") @QueryParam("line")
            String line,
            @Parameter(description = "Caller id in any notation; absent or 'anonymous' = withheld") @QueryParam("caller")
            String caller) {
        return AgentPromptDto.of(console.brief(restaurantId, line, caller));
    }

    @POST
    @Path("tools/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run a tool as the agent would: body {call_id, line, caller, arguments} where arguments "
            + "is an object or the JSON string the model sent; answers the tool's result ({ok:true,…} or "
            + "{ok:false,error}); the same call_id again returns the stored result")
    public Response run(@PathParam("restaurantId") long restaurantId, @PathParam("name") String name, String body) {
        if (!console.knowsTool(name)) {
            throw new NotFoundException("Tool", name);
        }
        JsonNode request = request(body);
        JsonNode arguments = request.path("arguments");
        String argumentsJson = arguments.isTextual() ? arguments.asText()
                : arguments.isMissingNode() || arguments.isNull() ? null : arguments.toString();
        ToolResult result = console.run(restaurantId, text(request, "line"), text(request, "caller"),
                new ToolInvocation(text(request, "call_id"), name, argumentsJson));
        return Response.ok(result.toJson(), MediaType.APPLICATION_JSON).build();
    }

    private static JsonNode request(String body) {
        if (body == null || body.isBlank()) {
            throw new DomainException("call_id", "A JSON body {call_id, line, caller, arguments} is required");
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (!node.isObject()) {
                throw new DomainException(null, "The body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new DomainException(null, "The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
