package com.voiceorder.customers.api;

import com.voiceorder.customers.application.CustomerSummary;
import java.time.Instant;

/** A customer in a search result. */
public record CustomerSummaryDto(Long id, String phone, String name, String email, int orderCount, int visitCount,
        Instant lastOrderAt) {

    static CustomerSummaryDto from(CustomerSummary customer) {
        return new CustomerSummaryDto(customer.id(), customer.phone(), customer.name(), customer.email(),
                customer.orderCount(), customer.visitCount(), customer.lastOrderAt());
    }
}
