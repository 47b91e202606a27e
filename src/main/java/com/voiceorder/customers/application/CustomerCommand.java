package com.voiceorder.customers.application;

/**
 * A customer's details. The phone may be in any notation; national numbers are read in the
 * restaurant's country. For {@code saveByPhone} a null field means "keep what we know"; for
 * {@code update} every field is taken as given (null clears it).
 */
public record CustomerCommand(String phone, String firstName, String lastName, String email, String allergies,
        String notes) {

    public static CustomerCommand ofPhone(String phone) {
        return new CustomerCommand(phone, null, null, null, null, null);
    }
}
