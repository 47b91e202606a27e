package com.voiceorder.customers.domain;

import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.PhoneNumber;

/**
 * Another customer already has that phone number — possibly created a moment ago by a concurrent
 * transaction, in which case running the whole operation again finds it.
 */
public class DuplicateCustomerException extends DomainException {

    public DuplicateCustomerException(PhoneNumber phone) {
        super("phone", "A customer with phone " + phone + " already exists");
    }
}
