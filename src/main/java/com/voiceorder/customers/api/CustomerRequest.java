package com.voiceorder.customers.api;

import com.voiceorder.customers.application.CustomerCommand;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A customer's details, all replaced by PUT. The phone may be national (read in the restaurant's country). */
public record CustomerRequest(
        @NotBlank(message = "A phone number is required") @Size(max = 40, message = "At most 40 characters") String phone,
        @Size(max = 100, message = "At most 100 characters") String firstName,
        @Size(max = 100, message = "At most 100 characters") String lastName,
        @Email(message = "Not an e-mail address") @Size(max = 254, message = "At most 254 characters") String email,
        @Size(max = 1000, message = "At most 1000 characters") String allergies,
        @Size(max = 2000, message = "At most 2000 characters") String notes) {

    CustomerCommand toCommand() {
        return new CustomerCommand(phone, firstName, lastName, email, allergies, notes);
    }
}
