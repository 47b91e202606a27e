package com.voiceorder.customers.api;

import com.voiceorder.customers.domain.Customer;
import com.voiceorder.customers.application.KnownCaller;
import com.voiceorder.customers.application.PastOrder;
import java.time.Instant;
import java.util.List;

/**
 * A customer with their addresses; phone in E.164. When looked up by phone (caller recognition),
 * also their latest orders and "the usual" (most frequent recent order, null when none); otherwise
 * those are empty / null.
 */
public record CustomerDto(Long id, String phone, String firstName, String lastName, String email, String allergies,
        String notes, int orderCount, int visitCount, Instant lastOrderAt, Instant createdAt,
        List<AddressDto> addresses, List<PastOrder> recentOrders, PastOrder usual) {

    static CustomerDto from(Customer customer) {
        return from(customer, List.of(), null);
    }

    static CustomerDto from(Customer customer, KnownCaller recognition) {
        return from(customer, recognition.recentOrders(), recognition.usual());
    }

    private static CustomerDto from(Customer customer, List<PastOrder> recentOrders, PastOrder usual) {
        return new CustomerDto(customer.getId(), customer.phone().e164(), customer.firstName(), customer.lastName(),
                customer.email(), customer.allergies(), customer.notes(), customer.orderCount(), customer.visitCount(),
                customer.lastOrderAt(), customer.createdAt(),
                customer.addresses().stream().map(AddressDto::from).toList(), recentOrders, usual);
    }
}
