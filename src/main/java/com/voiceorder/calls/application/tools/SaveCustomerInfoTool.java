package com.voiceorder.calls.application.tools;

import com.voiceorder.calls.application.AgentCall;
import com.voiceorder.calls.application.AgentTool;
import com.voiceorder.calls.application.ToolArguments;
import com.voiceorder.calls.application.ToolDefinition;
import com.voiceorder.calls.application.ToolFailure;
import com.voiceorder.calls.application.ToolResult;
import com.voiceorder.calls.application.ToolSchema;
import com.voiceorder.customers.application.CustomerCommand;
import com.voiceorder.customers.application.CustomerService;
import com.voiceorder.customers.domain.AddressDetails;
import com.voiceorder.customers.domain.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * {@code save_customer_info}: remembers what the caller told about themselves (name, allergies,
 * an address). Creates the customer for that number or updates them — never a second one.
 */
@ApplicationScoped
public class SaveCustomerInfoTool implements AgentTool {

    private static final ToolDefinition DEFINITION = new ToolDefinition("save_customer_info",
            "Remember the caller's details for next time: name, allergies, a delivery address. "
                    + "Only the fields the caller gave; null keeps what is known.",
            ToolSchema.object()
                    .string("first_name", "First name", false)
                    .string("last_name", "Last name", false)
                    .string("allergies", "Allergies or intolerances as the caller said them", false)
                    .string("notes", "Lasting preferences worth remembering", false)
                    .string("street", "Street and number of a delivery address", false)
                    .string("postal_code", "Postal code of that address", false)
                    .string("city", "City of that address", false)
                    .string("delivery_instructions", "Floor, door code… for that address", false)
                    .string("phone", "The caller's number if different from the caller id, else null", false)
                    .build());

    private CustomerService customers;

    @Inject
    public SaveCustomerInfoTool(CustomerService customers) {
        this.customers = customers;
    }

    /** For CDI proxies. */
    protected SaveCustomerInfoTool() {
    }

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult run(AgentCall call, ToolArguments arguments) {
        String phone = arguments.optionalText("phone")
                .orElseGet(() -> call.caller() == null ? null : call.caller().e164());
        if (phone == null) {
            throw ToolFailure.invalid("phone", "The caller id is withheld: ask for their phone number first");
        }
        boolean known = customers.findByPhone(call.restaurantId(), phone).isPresent();
        Customer customer = customers.saveByPhone(call.restaurantId(), new CustomerCommand(phone,
                arguments.optionalText("first_name").orElse(null), arguments.optionalText("last_name").orElse(null),
                null, arguments.optionalText("allergies").orElse(null), arguments.optionalText("notes").orElse(null)));
        Optional<String> street = arguments.optionalText("street");
        Optional<String> postalCode = arguments.optionalText("postal_code");
        if (street.isPresent() != postalCode.isPresent()) {
            throw ToolFailure.invalid(street.isPresent() ? "postal_code" : "street",
                    "An address needs both the street and the postal code");
        }
        if (street.isPresent()) {
            customers.addOrUpdateAddress(call.restaurantId(), customer.getId(), new AddressDetails(null,
                    street.get(), postalCode.get(), arguments.optionalText("city").orElse(null), null, null,
                    arguments.optionalText("delivery_instructions").orElse(null)));
        }
        return ToolResult.ok(json -> json.put("customer_id", customer.getId()).put("created", !known));
    }
}
