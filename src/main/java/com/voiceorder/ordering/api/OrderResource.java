package com.voiceorder.ordering.api;

import com.voiceorder.ordering.application.OrderService;
import com.voiceorder.ordering.application.OrderTakingService;
import com.voiceorder.ordering.application.TakeOrderCommand;
import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderSource;
import com.voiceorder.ordering.domain.OrderStatus;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.shared.api.RequestValues;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A restaurant's orders; any member (staff included) may take and move them. */
@Path("restaurants/{restaurantId}/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Orders", description = "Orders priced from the menu, and their lifecycle")
public class OrderResource {

    @Inject
    OrderTakingService taking;

    @Inject
    OrderService orders;

    @GET
    @Operation(summary = "Orders placed on a day (default today in the restaurant's zone), optionally by status")
    public List<OrderDto> list(@PathParam("restaurantId") long restaurantId, @QueryParam("date") String date,
                               @QueryParam("status") List<String> statuses) {
        return taking.listForDay(restaurantId, RequestValues.date(date, "date"),
                        RequestValues.setOf(OrderStatus.class, statuses, "status"))
                .stream().map(OrderDto::of).toList();
    }

    @POST
    @Operation(summary = "Place an order: items and formulas priced from the menu, delivery fee from the delivery "
            + "terms, promised time checked against the opening hours and the kitchen's capacity (400 on "
            + "requestedTime with proposals when it cannot be met), customer found or created by phone")
    public Response create(@PathParam("restaurantId") long restaurantId,
                           @Valid @NotNull(message = "the order is required") OrderRequest request,
                           @Context UriInfo uri) {
        OrderRequest.Customer customer = request.customer();
        TakeOrderCommand command = new TakeOrderCommand(
                RequestValues.oneOf(OrderType.class, request.type(), "type"), OrderSource.API, null,
                customer == null ? null : customer.name(), customer == null ? null : customer.phone(),
                request.address(), request.requestedTime(), request.notes(),
                request.lines().stream().map(OrderResource::toLine).toList());
        Order order = taking.take(restaurantId, command);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(order.getId())).build())
                .entity(OrderDto.of(order)).build();
    }

    private static TakeOrderCommand.Line toLine(OrderRequest.Line line) {
        List<TakeOrderCommand.Choice> choices = line.choices() == null ? List.of() : line.choices().stream()
                .map(choice -> new TakeOrderCommand.Choice(choice.slotId(), choice.itemId(), choice.optionIds()))
                .toList();
        return new TakeOrderCommand.Line(line.itemId(), line.formulaId(), line.quantity(), line.optionIds(), choices,
                line.notes());
    }

    @GET
    @Path("{orderId}")
    @Operation(summary = "One order with its lines, options, totals, customer, address and call")
    public OrderDto get(@PathParam("restaurantId") long restaurantId, @PathParam("orderId") long orderId) {
        return OrderDto.of(orders.get(restaurantId, orderId));
    }

    @POST
    @Path("{orderId}/status")
    @Operation(summary = "Move the order on: ACCEPTED, PREPARING, READY, OUT_FOR_DELIVERY, COMPLETED "
            + "(409 when the lifecycle does not allow it)")
    public OrderDto changeStatus(@PathParam("restaurantId") long restaurantId, @PathParam("orderId") long orderId,
                                 @Valid @NotNull(message = "the status is required") OrderStatusRequest request) {
        OrderStatus target = RequestValues.oneOf(OrderStatus.class, request.status(), "status");
        return OrderDto.of(orders.changeStatus(restaurantId, orderId, target));
    }

    @POST
    @Path("{orderId}/cancel")
    @Operation(summary = "Cancel an order that is not completed yet, with an optional reason")
    public OrderDto cancel(@PathParam("restaurantId") long restaurantId, @PathParam("orderId") long orderId,
                           @Valid OrderCancelRequest request) {
        return OrderDto.of(orders.cancel(restaurantId, orderId, request == null ? null : request.reason()));
    }
}
