package com.voiceorder.customers.domain;

/**
 * A delivery address as given by the caller or staff. Label ("Maison", "Bureau"), coordinates
 * and instructions ("2e étage, code 1234") are optional.
 */
public record AddressDetails(String label, String street, String postalCode, String city, Double latitude,
        Double longitude, String deliveryInstructions) {

    public static AddressDetails of(String street, String postalCode, String city) {
        return new AddressDetails(null, street, postalCode, city, null, null, null);
    }
}
