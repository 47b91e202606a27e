package com.voiceorder.customers.api;

import com.voiceorder.customers.application.CallerRecognition;
import com.voiceorder.customers.application.CustomerService;
import com.voiceorder.customers.application.KnownCaller;
import com.voiceorder.customers.domain.Customer;
import com.voiceorder.customers.domain.CustomerAddress;
import com.voiceorder.restaurant.api.Caller;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The restaurant's customers, known by phone number. Any member reads and records them (staff take
 * orders on the phone); deleting a customer needs an owner.
 */
@Path("restaurants/{restaurantId}/customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers", description = "Customers recognised by phone number, with their delivery addresses")
public class CustomerResource {

    static final int MAX_PAGE = 200;
    private static final String BODY_REQUIRED = "A JSON body is required";

    @Inject
    CustomerService customers;

    @Inject
    CallerRecognition recognition;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "With ?phone=: the customer with that number, with their latest orders and usual order (caller recognition; 404 if unknown); otherwise a page of customers "
            + "whose name, phone or e-mail contains ?q=, latest orders first")
    @APIResponse(responseCode = "200", description = "A CustomerDto for ?phone=, else a list of CustomerSummaryDto",
            content = @Content(schema = @Schema(oneOf = {CustomerDto.class, CustomerSummaryDto[].class})))
    public Response find(@PathParam("restaurantId") long restaurantId,
            @Parameter(description = "A phone number; national numbers are read in the restaurant's country")
            @QueryParam("phone") String phone,
            @Parameter(description = "Text to look for in name, phone or e-mail") @QueryParam("q") String text,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @Parameter(description = "At most " + MAX_PAGE) @QueryParam("limit") @DefaultValue("50") int limit) {
        if (phone != null) {
            Customer customer = customers.findByPhone(restaurantId, phone)
                    .orElseThrow(() -> new NotFoundException("Customer with phone", phone));
            KnownCaller recognised = recognition.recognise(restaurantId, customer.phone())
                    .orElseThrow(() -> new NotFoundException("Customer with phone", phone));
            return Response.ok(CustomerDto.from(customer, recognised)).build();
        }
        if (offset < 0) {
            throw new DomainException("offset", "offset cannot be negative");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new DomainException("limit", "limit is between 1 and " + MAX_PAGE);
        }
        List<CustomerSummaryDto> page = customers.search(restaurantId, text, offset, limit).stream()
                .map(CustomerSummaryDto::from).toList();
        return Response.ok(page).build();
    }

    @POST
    @Operation(summary = "Create a customer; refused when the phone number is already known")
    public Response create(@PathParam("restaurantId") long restaurantId,
            @Valid @NotNull(message = BODY_REQUIRED) CustomerRequest request) {
        Customer created = customers.create(restaurantId, request.toCommand());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(CustomerDto.from(created)).build();
    }

    @GET
    @Path("{customerId}")
    @Operation(summary = "One customer with their addresses")
    public CustomerDto get(@PathParam("restaurantId") long restaurantId, @PathParam("customerId") long customerId) {
        return CustomerDto.from(customers.get(restaurantId, customerId));
    }

    @PUT
    @Path("{customerId}")
    @Operation(summary = "Replace a customer's details (absent fields are cleared)")
    public CustomerDto update(@PathParam("restaurantId") long restaurantId, @PathParam("customerId") long customerId,
            @Valid @NotNull(message = BODY_REQUIRED) CustomerRequest request) {
        return CustomerDto.from(customers.update(restaurantId, customerId, request.toCommand()));
    }

    @DELETE
    @Path("{customerId}")
    @Operation(summary = "Delete a customer and their addresses; refused while orders or reservations point to them (owner)")
    public void delete(@PathParam("restaurantId") long restaurantId, @PathParam("customerId") long customerId) {
        Caller.manager(security, restaurantId);
        customers.delete(restaurantId, customerId);
    }

    @POST
    @Path("{customerId}/addresses")
    @Operation(summary = "Add an address, or refresh the same one already known; it becomes the last used")
    public Response addAddress(@PathParam("restaurantId") long restaurantId, @PathParam("customerId") long customerId,
            @Valid @NotNull(message = BODY_REQUIRED) AddressRequest request) {
        CustomerAddress address = customers.addOrUpdateAddress(restaurantId, customerId, request.toDetails());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(address.getId())).build())
                .entity(AddressDto.from(address)).build();
    }

    @GET
    @Path("{customerId}/addresses/{addressId}")
    @Operation(summary = "One of the customer's addresses")
    public AddressDto getAddress(@PathParam("restaurantId") long restaurantId, @PathParam("customerId") long customerId,
            @PathParam("addressId") long addressId) {
        return AddressDto.from(customers.getAddress(restaurantId, customerId, addressId));
    }

    @DELETE
    @Path("{customerId}/addresses/{addressId}")
    @Operation(summary = "Forget an address")
    public void removeAddress(@PathParam("restaurantId") long restaurantId, @PathParam("customerId") long customerId,
            @PathParam("addressId") long addressId) {
        customers.removeAddress(restaurantId, customerId, addressId);
    }
}
