package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.application.FaqService;
import com.voiceorder.restaurant.application.FaqView;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The FAQ the phone agent answers from. Members read; owners write and approve. */
@Path("restaurants/{restaurantId}/faq")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "FAQ", description = "Questions and answers for the phone agent; learned ones wait for approval")
public class FaqResource {

    private static final String BODY_REQUIRED = "A JSON body is required";

    @Inject
    FaqService faqs;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "FAQ entries, oldest first")
    public List<FaqDto> list(@PathParam("restaurantId") long restaurantId,
            @Parameter(description = "true: approved only; false: awaiting approval only; absent: all")
            @QueryParam("approved") Boolean approved) {
        return faqs.listByApproval(restaurantId, approved).stream().map(FaqDto::from).toList();
    }

    @POST
    @Operation(summary = "Write an entry; approved at once (owner)")
    public Response create(@PathParam("restaurantId") long restaurantId, @Valid @NotNull(message = BODY_REQUIRED) FaqRequest request) {
        Caller.manager(security, restaurantId);
        FaqView created = FaqView.of(faqs.create(restaurantId, request.toCommand()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(FaqDto.from(created)).build();
    }

    @GET
    @Path("{faqId}")
    @Operation(summary = "One entry")
    public FaqDto get(@PathParam("restaurantId") long restaurantId, @PathParam("faqId") long faqId) {
        return FaqDto.from(FaqView.of(faqs.get(restaurantId, faqId)));
    }

    @PUT
    @Path("{faqId}")
    @Operation(summary = "Change the wording (owner)")
    public FaqDto update(@PathParam("restaurantId") long restaurantId, @PathParam("faqId") long faqId,
            @Valid @NotNull(message = BODY_REQUIRED) FaqRequest request) {
        Caller.manager(security, restaurantId);
        return FaqDto.from(FaqView.of(faqs.update(restaurantId, faqId, request.toCommand())));
    }

    @POST
    @Path("{faqId}/approve")
    @Operation(summary = "Let the phone agent use an answered entry (owner)")
    public FaqDto approve(@PathParam("restaurantId") long restaurantId, @PathParam("faqId") long faqId) {
        Caller.manager(security, restaurantId);
        return FaqDto.from(FaqView.of(faqs.approve(restaurantId, faqId)));
    }

    @DELETE
    @Path("{faqId}")
    @Operation(summary = "Delete an entry (owner)")
    public void delete(@PathParam("restaurantId") long restaurantId, @PathParam("faqId") long faqId) {
        Caller.manager(security, restaurantId);
        faqs.delete(restaurantId, faqId);
    }
}
