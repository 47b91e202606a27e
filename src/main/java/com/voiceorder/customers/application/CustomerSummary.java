package com.voiceorder.customers.application;

import com.voiceorder.customers.domain.Customer;
import java.time.Instant;

/** A customer in a list. */
public record CustomerSummary(Long id, String phone, String name, String email, int orderCount, int visitCount,
        Instant lastOrderAt) {

    static CustomerSummary of(Customer customer) {
        return new CustomerSummary(customer.getId(), customer.phone().e164(), customer.fullName().orElse(null),
                customer.email(), customer.orderCount(), customer.visitCount(), customer.lastOrderAt());
    }
}
