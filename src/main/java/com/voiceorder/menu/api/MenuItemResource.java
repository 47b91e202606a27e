package com.voiceorder.menu.api;

import com.voiceorder.restaurant.api.CallerAccess;
import com.voiceorder.menu.application.MenuItemCommand;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.menu.domain.Allergen;
import com.voiceorder.menu.domain.MenuItem;
import com.voiceorder.menu.domain.OptionGroupSpec;
import com.voiceorder.menu.domain.OptionSpec;
import com.voiceorder.shared.api.RequestValues;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Menu items. Minimal version (create) written with the operations API so its integration tests
 * can order real items; the catalog REST work supersedes it.
 */
@Path("restaurants/{restaurantId}/menu/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Menu")
public class MenuItemResource {

    @Inject
    MenuService menu;

    @Context
    SecurityContext security;

    @POST
    @Operation(summary = "Create a menu item with its option groups (owner or admin)")
    public Response create(@PathParam("restaurantId") long restaurantId,
                           @Valid @NotNull(message = "the item is required") MenuItemRequest request,
                           @Context UriInfo uri) {
        CallerAccess.manager(security, restaurantId);
        List<OptionGroupSpec> groups = request.optionGroups() == null ? List.of() : request.optionGroups().stream()
                .map(group -> new OptionGroupSpec(null, group.name(), group.minChoices(), group.maxChoices(),
                        group.options() == null ? List.of() : group.options().stream()
                                .map(option -> new OptionSpec(null, option.name(), option.priceDeltaCents(),
                                        option.available() == null || option.available()))
                                .toList()))
                .toList();
        MenuItem item = menu.createItem(restaurantId, new MenuItemCommand(request.categoryId(), request.name(),
                request.description(), request.priceCents(),
                RequestValues.setOf(Allergen.class, request.allergens() == null ? List.of()
                        : List.copyOf(request.allergens()), "allergens"),
                request.available() == null || request.available(), request.prepMinutes(),
                request.position() == null ? 0 : request.position(), groups));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(item.getId())).build())
                .entity(MenuItemDto.of(item)).build();
    }
}
