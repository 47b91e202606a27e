package com.voiceorder.customers.api;

import com.voiceorder.customers.domain.CustomerAddress;
import java.time.Instant;

public record AddressDto(Long id, String label, String street, String postalCode, String city, Double latitude,
        Double longitude, String deliveryInstructions, Instant lastUsedAt) {

    static AddressDto from(CustomerAddress address) {
        return new AddressDto(address.getId(), address.label(), address.street(), address.postalCode(), address.city(),
                address.latitude(), address.longitude(), address.deliveryInstructions(), address.lastUsedAt());
    }
}
