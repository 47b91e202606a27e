package com.voiceorder.shared.api;

import com.voiceorder.shared.domain.DomainException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the text values of REST requests (query parameters, enum names in bodies) into types,
 * refusing bad ones with a {@link DomainException} that names the field (→ 400).
 */
public final class RequestValues {

    private RequestValues() {
    }

    /** "2026-05-02" → the date; null or blank → null. */
    public static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(field, field + " is a date written YYYY-MM-DD, not " + text);
        }
    }

    /** "19:30" → the time; null or blank → null. */
    public static LocalTime time(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(field, field + " is a time written HH:MM, not " + text);
        }
    }

    /** The constant named by the text, case-insensitive ("dine_in", "DINE-IN" → DINE_IN); required. */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            throw new DomainException(field, field + " is required: one of " + names(type));
        }
        String wanted = text.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new DomainException(field, field + " is one of " + names(type) + ", not " + text));
    }

    /** Constants from repeated and/or comma-separated values ("NEW,ACCEPTED"); none → empty set. */
    public static <E extends Enum<E>> Set<E> setOf(Class<E> type, List<String> texts, String field) {
        Set<E> found = EnumSet.noneOf(type);
        for (String text : texts == null ? List.<String>of() : texts) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    found.add(oneOf(type, part, field));
                }
            }
        }
        return found;
    }

    /** The constant's name as clients write it: DINE_IN → "dine_in". */
    public static String lowerCase(Enum<?> constant) {
        return constant == null ? null : constant.name().toLowerCase(Locale.ROOT);
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
