package com.voiceorder.menu.api;

import com.voiceorder.restaurant.api.CallerAccess;
import com.voiceorder.menu.application.MenuCategoryCommand;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.menu.domain.MenuCategory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Menu categories. Minimal version (create) written with the operations API so its integration
 * tests can build a menu; the catalog REST work supersedes it.
 */
@Path("restaurants/{restaurantId}/menu/categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Menu")
public class MenuCategoryResource {

    @Inject
    MenuService menu;

    @Context
    SecurityContext security;

    @POST
    @Operation(summary = "Create a menu category (owner or admin)")
    public Response create(@PathParam("restaurantId") long restaurantId,
                           @Valid @NotNull(message = "the category is required") MenuCategoryRequest request,
                           @Context UriInfo uri) {
        CallerAccess.manager(security, restaurantId);
        MenuCategory category = menu.createCategory(restaurantId, new MenuCategoryCommand(request.name(),
                request.description(), request.position() == null ? 0 : request.position(),
                request.active() == null || request.active()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(category.getId())).build())
                .entity(MenuCategoryDto.of(category)).build();
    }
}
