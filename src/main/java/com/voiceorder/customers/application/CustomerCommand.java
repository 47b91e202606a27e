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

    /**
     * The phone and a name as one string, for {@code saveByPhone}: "Mohamed Benali" → first name
     * "Mohamed", last name "Benali"; a single word is the first name; null or blank keeps the names known.
     */
    public static CustomerCommand ofPhoneAndName(String phone, String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return ofPhone(phone);
        }
        String[] parts = fullName.strip().split("\\s+", 2);
        return new CustomerCommand(phone, parts[0], parts.length > 1 ? parts[1] : null, null, null, null);
    }
}
