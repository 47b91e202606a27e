package com.voiceorder.delivery.api;

import com.voiceorder.delivery.application.DeliveryCheckService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Do you deliver to …?" — the same check the phone agent runs. Any member of the restaurant may ask. */
@Path("restaurants/{restaurantId}/delivery/check")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery", description = "Delivery address check: zone, fee, minimum order, ETA")
public class DeliveryCheckResource {

    @Inject
    DeliveryCheckService deliveryCheck;

    @POST
    @Operation(summary = "Check an address: deliverable or not, what decided, fee, minimum order and ETA")
    public DeliveryCheckDto check(@PathParam("restaurantId") long restaurantId,
            @Valid @NotNull(message = "A JSON body is required") DeliveryCheckRequest request) {
        return DeliveryCheckDto.from(deliveryCheck.check(restaurantId, request.address(), request.customerId()));
    }
}
