package com.voiceorder.shared.domain;

/**
 * Guards for entity constructors and methods: each returns the accepted value or throws a
 * {@link DomainException} naming the field. Text is trimmed; blank text counts as absent.
 */
public final class Require {

    private Require() {
    }

    /** Trimmed text; throws when missing, blank or longer than maxLength. */
    public static String text(String field, String value, int maxLength) {
        String trimmed = optionalText(field, value, maxLength);
        if (trimmed == null) {
            throw new DomainException(field, field + " is required");
        }
        return trimmed;
    }

    /** Trimmed text, or null when missing or blank; throws when longer than maxLength. */
    public static String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new DomainException(field, field + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new DomainException(field, field + " is required");
        }
        return value;
    }

    public static long notNegative(String field, long value) {
        if (value < 0) {
            throw new DomainException(field, field + " must not be negative");
        }
        return value;
    }

    public static int notNegative(String field, int value) {
        if (value < 0) {
            throw new DomainException(field, field + " must not be negative");
        }
        return value;
    }

    public static int positive(String field, int value) {
        if (value <= 0) {
            throw new DomainException(field, field + " must be positive");
        }
        return value;
    }

    /** A plausible e-mail address (one @, a dot in the domain, no spaces), or null when blank. */
    public static String optionalEmail(String field, String value) {
        String email = optionalText(field, value, 254);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new DomainException(field, "Not an e-mail address: " + email);
        }
        return email;
    }
}
