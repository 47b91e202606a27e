package com.voiceorder.menu.api;

import com.voiceorder.menu.application.MenuItemView;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.menu.domain.MenuItem;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The menu's items. Members read; owners change the catalog; any member (staff included) marks an
 * item sold out and back in stock, as that is part of running the service. Allergen labels follow
 * Accept-Language (French by default).
 */
@Path("restaurants/{restaurantId}/menu/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Menu")
public class MenuItemResource {

    private static final String BODY_REQUIRED = "A JSON body is required";

    @Inject
    MenuService menu;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Every item, or those of one category")
    public List<MenuItemDto> list(@PathParam("restaurantId") long restaurantId,
            @Parameter(description = "Only the items of this category") @QueryParam("categoryId") Long categoryId) {
        Locale language = language();
        return menu.listItems(restaurantId, categoryId).stream().map(item -> MenuItemDto.from(item, language)).toList();
    }

    @POST
    @Operation(summary = "Create an item with its option groups (owner)")
    public Response create(@PathParam("restaurantId") long restaurantId,
            @Valid @NotNull(message = BODY_REQUIRED) MenuItemRequest request) {
        Caller.manager(security, restaurantId);
        MenuItem created = menu.createItem(restaurantId, request.toCommand());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(dto(created)).build();
    }

    @GET
    @Path("{itemId}")
    @Operation(summary = "One item")
    public MenuItemDto get(@PathParam("restaurantId") long restaurantId, @PathParam("itemId") long itemId) {
        return dto(menu.getItem(restaurantId, itemId));
    }

    @PUT
    @Path("{itemId}")
    @Operation(summary = "Replace an item; options keep their ids when sent back with them (owner)")
    public MenuItemDto update(@PathParam("restaurantId") long restaurantId, @PathParam("itemId") long itemId,
            @Valid @NotNull(message = BODY_REQUIRED) MenuItemRequest request) {
        Caller.manager(security, restaurantId);
        return dto(menu.updateItem(restaurantId, itemId, request.toCommand()));
    }

    @DELETE
    @Path("{itemId}")
    @Operation(summary = "Delete an item; refused once ordered (make it unavailable instead) (owner)")
    public void delete(@PathParam("restaurantId") long restaurantId, @PathParam("itemId") long itemId) {
        Caller.manager(security, restaurantId);
        menu.deleteItem(restaurantId, itemId);
    }

    @PUT
    @Path("{itemId}/sold-out")
    @Operation(summary = "Mark the item sold out for now (any member)")
    public MenuItemDto markSoldOut(@PathParam("restaurantId") long restaurantId, @PathParam("itemId") long itemId) {
        return dto(menu.markSoldOut(restaurantId, itemId));
    }

    @DELETE
    @Path("{itemId}/sold-out")
    @Operation(summary = "Mark the item back in stock (any member)")
    public void markBackInStock(@PathParam("restaurantId") long restaurantId, @PathParam("itemId") long itemId) {
        menu.markBackInStock(restaurantId, itemId);
    }

    private MenuItemDto dto(MenuItem item) {
        return MenuItemDto.from(MenuItemView.of(item), language());
    }

    private Locale language() {
        return LabelLanguage.of(headers.getAcceptableLanguages());
    }
}
