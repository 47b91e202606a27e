package com.voiceorder.customers.api;

import com.voiceorder.customers.domain.Customer;
import java.time.Instant;
import java.util.List;

/** A customer with their addresses; phone in E.164. */
public record CustomerDto(Long id, String phone, String firstName, String lastName, String email, String allergies,
        String notes, int orderCount, int visitCount, Instant lastOrderAt, Instant createdAt,
        List<AddressDto> addresses) {

    static CustomerDto from(Customer customer) {
        return new CustomerDto(customer.getId(), customer.phone().e164(), customer.firstName(), customer.lastName(),
                customer.email(), customer.allergies(), customer.notes(), customer.orderCount(), customer.visitCount(),
                customer.lastOrderAt(), customer.createdAt(),
                customer.addresses().stream().map(AddressDto::from).toList());
    }
}
