package com.voiceorder.customers.application;

import com.voiceorder.customers.domain.Customer;
import java.util.List;
import java.util.Optional;

/**
 * A recognised caller as the agent greets them: who they are, where they get delivered, what they
 * must not eat, what they ordered lately and "the usual" (their most frequent recent order).
 */
public record KnownCaller(Long customerId, String phone, String firstName, String lastName, String allergies,
        String notes, int orderCount, List<SavedAddress> addresses, List<PastOrder> recentOrders, PastOrder usual) {

    public KnownCaller {
        addresses = List.copyOf(addresses);
        recentOrders = List.copyOf(recentOrders);
    }

    /** An address as one line, most recently used first. */
    public record SavedAddress(Long id, String label, String oneLine, String postalCode, String instructions) {
    }

    static KnownCaller of(Customer customer, List<PastOrder> recentOrders) {
        List<SavedAddress> addresses = customer.addresses().stream()
                .map(address -> new SavedAddress(address.getId(), address.label(), address.oneLine(),
                        address.postalCode(), address.deliveryInstructions()))
                .toList();
        return new KnownCaller(customer.getId(), customer.phone().e164(), customer.firstName(), customer.lastName(),
                customer.allergies(), customer.notes(), customer.orderCount(), addresses, recentOrders,
                usualOf(recentOrders).orElse(null));
    }

    /** The order placed most often (at least twice) among the recent ones; the latest wins a tie. */
    static Optional<PastOrder> usualOf(List<PastOrder> recentOrders) {
        PastOrder best = null;
        long bestCount = 1;
        for (PastOrder candidate : recentOrders) {
            long count = recentOrders.stream().filter(o -> o.sameness().equals(candidate.sameness())).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    public Optional<String> greetingName() {
        return Optional.ofNullable(firstName != null ? firstName : lastName);
    }
}
