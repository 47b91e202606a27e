package com.voiceorder.shared.domain;

import com.voiceorder.shared.domain.DomainException.Rule;

/** Argument checks for entity constructors and methods; each failure names the field at fault. */
public final class Guard {

    private Guard() {
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new DomainException(field, field + " is required", Rule.REQUIRED);
        }
        return value;
    }

    /** A required text, trimmed, at most {@code maxLength} characters. */
    public static String text(String field, String value, int maxLength) {
        String trimmed = optionalText(field, value, maxLength);
        if (trimmed == null) {
            throw new DomainException(field, field + " is required", Rule.REQUIRED);
        }
        return trimmed;
    }

    /** An optional text, trimmed; blank becomes null; at most {@code maxLength} characters. */
    public static String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new DomainException(field, field + " is longer than " + maxLength + " characters", Rule.TOO_LONG,
                    maxLength);
        }
        return trimmed;
    }

    /** Text kept as-is but cut to fit its column (transcripts, error messages: never refused). */
    public static String truncated(String value, int maxLength) {
        if (value == null || value.length() <= maxLength) {
            return value;
        }
        return value.substring(0, maxLength - 1) + "…";
    }

    public static int atLeast(String field, int value, int minimum) {
        if (value < minimum) {
            throw new DomainException(field, field + " must be at least " + minimum, Rule.AT_LEAST, minimum);
        }
        return value;
    }

    public static long atLeast(String field, long value, long minimum) {
        if (value < minimum) {
            throw new DomainException(field, field + " must be at least " + minimum, Rule.AT_LEAST, minimum);
        }
        return value;
    }

    public static int between(String field, int value, int minimum, int maximum) {
        if (value < minimum || value > maximum) {
            throw new DomainException(field, field + " must be between " + minimum + " and " + maximum, Rule.BETWEEN,
                    minimum, maximum);
        }
        return value;
    }

    /** A phone number that must already be in E.164 form; null stays null. */
    public static String e164OrNull(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new PhoneNumber(value.strip()).e164();
        } catch (DomainException e) {
            throw new DomainException(field, e.getMessage());
        }
    }

    public static long notNegative(String field, long value) {
        if (value < 0) {
            throw new DomainException(field, field + " must not be negative", Rule.NOT_NEGATIVE);
        }
        return value;
    }

    public static int notNegative(String field, int value) {
        if (value < 0) {
            throw new DomainException(field, field + " must not be negative", Rule.NOT_NEGATIVE);
        }
        return value;
    }

    public static int positive(String field, int value) {
        if (value <= 0) {
            throw new DomainException(field, field + " must be positive", Rule.POSITIVE);
        }
        return value;
    }

    /** A plausible e-mail address (one @, a dot in the domain, no spaces), or null when blank. */
    public static String optionalEmail(String field, String value) {
        String email = optionalText(field, value, 254);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new DomainException(field, "Not an e-mail address: " + email, Rule.EMAIL);
        }
        return email;
    }
}
