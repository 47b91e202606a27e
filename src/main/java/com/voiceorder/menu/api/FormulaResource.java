package com.voiceorder.menu.api;

import com.voiceorder.menu.application.FormulaView;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.restaurant.api.Caller;
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

/** Formulas (set menus) with their slots. Members read; owners change them. */
@Path("restaurants/{restaurantId}/formulas")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Menu")
public class FormulaResource {

    private static final String BODY_REQUIRED = "A JSON body is required";

    @Inject
    MenuService menu;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Every formula")
    public List<FormulaDto> list(@PathParam("restaurantId") long restaurantId) {
        return menu.listFormulas(restaurantId, false).stream().map(FormulaDto::from).toList();
    }

    @POST
    @Operation(summary = "Create a formula with its slots (owner)")
    public Response create(@PathParam("restaurantId") long restaurantId,
            @Valid @NotNull(message = BODY_REQUIRED) FormulaRequest request) {
        Caller.manager(security, restaurantId);
        FormulaView created = FormulaView.of(menu.createFormula(restaurantId, request.toCommand()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(FormulaDto.from(created)).build();
    }

    @GET
    @Path("{formulaId}")
    @Operation(summary = "One formula")
    public FormulaDto get(@PathParam("restaurantId") long restaurantId, @PathParam("formulaId") long formulaId) {
        return FormulaDto.from(FormulaView.of(menu.getFormula(restaurantId, formulaId)));
    }

    @PUT
    @Path("{formulaId}")
    @Operation(summary = "Replace a formula and its slots (owner)")
    public FormulaDto update(@PathParam("restaurantId") long restaurantId, @PathParam("formulaId") long formulaId,
            @Valid @NotNull(message = BODY_REQUIRED) FormulaRequest request) {
        Caller.manager(security, restaurantId);
        return FormulaDto.from(FormulaView.of(menu.updateFormula(restaurantId, formulaId, request.toCommand())));
    }

    @DELETE
    @Path("{formulaId}")
    @Operation(summary = "Delete a formula (owner)")
    public void delete(@PathParam("restaurantId") long restaurantId, @PathParam("formulaId") long formulaId) {
        Caller.manager(security, restaurantId);
        menu.deleteFormula(restaurantId, formulaId);
    }
}
