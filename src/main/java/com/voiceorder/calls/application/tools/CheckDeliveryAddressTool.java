package com.voiceorder.calls.application.tools;

import com.voiceorder.calls.application.AgentCall;
import com.voiceorder.calls.application.AgentTool;
import com.voiceorder.calls.application.DeliveryChecks;
import com.voiceorder.calls.application.Port;
import com.voiceorder.calls.application.ToolArguments;
import com.voiceorder.calls.application.ToolDefinition;
import com.voiceorder.calls.application.ToolResult;
import com.voiceorder.calls.application.ToolSchema;
import com.voiceorder.customers.application.CustomerService;
import com.voiceorder.customers.domain.Customer;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Locale;

/** {@code check_delivery_address}: do we deliver there, for what fee and minimum, and how soon? */
@ApplicationScoped
public class CheckDeliveryAddressTool implements AgentTool {

    private static final ToolDefinition DEFINITION = new ToolDefinition("check_delivery_address",
            "Check a delivery address before taking a delivery order: whether it is in the delivery area, "
                    + "the fee, the minimum order and the delivery time. If needs_confirmation is true, read "
                    + "formatted_address back to the caller.",
            ToolSchema.object()
                    .string("address", "The address as one line: street and number, postal code, city", true)
                    .build());

    private Port<DeliveryChecks> checks;
    private CustomerService customers;
    private RestaurantService restaurants;

    @Inject
    public CheckDeliveryAddressTool(Instance<DeliveryChecks> checks, CustomerService customers,
            RestaurantService restaurants) {
        this(Port.of(checks), customers, restaurants);
    }

    public CheckDeliveryAddressTool(Port<DeliveryChecks> checks, CustomerService customers,
            RestaurantService restaurants) {
        this.checks = checks;
        this.customers = customers;
        this.restaurants = restaurants;
    }

    /** For CDI proxies. */
    protected CheckDeliveryAddressTool() {
    }

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult run(AgentCall call, ToolArguments arguments) {
        String address = arguments.text("address");
        DeliveryChecks service = checks.require("Delivery addresses");
        Long customerId = call.caller() == null ? null
                : customers.findByPhone(call.restaurantId(), call.caller()).map(Customer::getId).orElse(null);
        DeliveryChecks.Answer answer = service.check(call.restaurantId(), address, customerId);
        Locale locale = restaurants.get(call.restaurantId()).locale();
        return ToolResult.ok(json -> {
            json.put("deliverable", answer.deliverable());
            json.put("needs_confirmation", answer.needsConfirmation());
            putIfPresent(json, "formatted_address", answer.formattedAddress());
            if (answer.feeCents() != null) {
                json.put("fee", Money.euros(answer.feeCents()).format(locale));
            }
            if (answer.minimumOrderCents() != null) {
                json.put("minimum_order", Money.euros(answer.minimumOrderCents()).format(locale));
            }
            if (answer.etaMinutes() != null) {
                json.put("eta_minutes", answer.etaMinutes());
            }
            putIfPresent(json, "method", answer.method());
            putIfPresent(json, "reason", answer.reason());
        });
    }

    private static void putIfPresent(com.fasterxml.jackson.databind.node.ObjectNode json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }
}
