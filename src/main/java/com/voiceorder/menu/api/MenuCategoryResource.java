package com.voiceorder.menu.api;

import com.voiceorder.menu.application.MenuCategoryView;
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

/** The menu's categories. Members read; owners change them. */
@Path("restaurants/{restaurantId}/menu/categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Menu", description = "Categories, items with options and allergens, formulas")
public class MenuCategoryResource {

    private static final String BODY_REQUIRED = "A JSON body is required";

    @Inject
    MenuService menu;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Every category, in menu order")
    public List<MenuCategoryDto> list(@PathParam("restaurantId") long restaurantId) {
        return menu.listCategories(restaurantId, false).stream().map(MenuCategoryDto::from).toList();
    }

    @POST
    @Operation(summary = "Create a category (owner)")
    public Response create(@PathParam("restaurantId") long restaurantId,
            @Valid @NotNull(message = BODY_REQUIRED) MenuCategoryRequest request) {
        Caller.manager(security, restaurantId);
        MenuCategoryView created = MenuCategoryView.of(menu.createCategory(restaurantId, request.toCommand()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(MenuCategoryDto.from(created)).build();
    }

    @GET
    @Path("{categoryId}")
    @Operation(summary = "One category")
    public MenuCategoryDto get(@PathParam("restaurantId") long restaurantId, @PathParam("categoryId") long categoryId) {
        return MenuCategoryDto.from(MenuCategoryView.of(menu.getCategory(restaurantId, categoryId)));
    }

    @PUT
    @Path("{categoryId}")
    @Operation(summary = "Replace a category (owner)")
    public MenuCategoryDto update(@PathParam("restaurantId") long restaurantId, @PathParam("categoryId") long categoryId,
            @Valid @NotNull(message = BODY_REQUIRED) MenuCategoryRequest request) {
        Caller.manager(security, restaurantId);
        return MenuCategoryDto.from(MenuCategoryView.of(menu.updateCategory(restaurantId, categoryId, request.toCommand())));
    }

    @DELETE
    @Path("{categoryId}")
    @Operation(summary = "Delete an empty category (owner)")
    public void delete(@PathParam("restaurantId") long restaurantId, @PathParam("categoryId") long categoryId) {
        Caller.manager(security, restaurantId);
        menu.deleteCategory(restaurantId, categoryId);
    }
}
