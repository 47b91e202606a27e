package com.voiceorder.customers.domain;

import com.voiceorder.shared.domain.PhoneNumber;
import java.util.List;
import java.util.Optional;

public interface CustomerRepository {

    /** The customer, when it exists and belongs to that restaurant. */
    Optional<Customer> findById(Long restaurantId, Long id);

    Optional<Customer> findByPhone(Long restaurantId, PhoneNumber phone);

    /**
     * A page of the restaurant's customers whose name, phone or e-mail contains the text (all
     * when blank), most recent order first.
     */
    List<Customer> search(Long restaurantId, String text, int offset, int limit);

    long count(Long restaurantId, String text);

    /** Persists and flushes: a second customer with the same phone fails here ({@link DuplicateCustomerException}), not at commit. */
    Customer add(Customer customer);

    /** Removes the customer; throws a DomainException when orders or reservations still reference them. */
    void remove(Customer customer);
}
