package com.voiceorder.shared.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;

/**
 * A phone number in E.164 form ({@code +33491000000}). Parsing accepts national and international
 * notations, SIP-style prefixes ({@code 0033…}) and separators; the region applies to national ones.
 */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+[1-9]\\d{5,14}")) {
            throw new DomainException("phone", "Not an E.164 phone number: " + e164);
        }
    }

    /** Parses a number typed by a person or sent as a caller id; throws when it is not a number. */
    public static PhoneNumber parse(String raw, String defaultRegion) {
        return tryParse(raw, defaultRegion)
                .orElseThrow(() -> new DomainException("phone", "Invalid phone number: " + raw));
    }

    /** Empty for a withheld or unparseable caller id ("anonymous", "unknown", blank). */
    public static Optional<PhoneNumber> tryParse(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String cleaned = raw.trim();
        if (cleaned.startsWith("00")) {
            cleaned = "+" + cleaned.substring(2);
        }
        try {
            Phonenumber.PhoneNumber parsed = UTIL.parse(cleaned, defaultRegion);
            if (!UTIL.isPossibleNumber(parsed)) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** National notation for display ("04 91 00 00 00" for a French number). */
    public String national() {
        try {
            return UTIL.format(UTIL.parse(e164, null), PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    @Override
    public String toString() {
        return e164;
    }
}
