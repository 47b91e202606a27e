package com.voiceorder.calls.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A tool's arguments read from the model's JSON, with typed accessors that throw a
 * {@link ToolFailure} naming the field when a value is missing or of the wrong type.
 */
public final class ToolArguments {

    private final ObjectNode json;

    private ToolArguments(ObjectNode json) {
        this.json = json;
    }

    /** Parses the JSON text the model sent; anything but a JSON object is a {@code malformed_arguments} failure. */
    public static ToolArguments parse(String text) {
        if (text == null || text.isBlank()) {
            return new ToolArguments(ToolResult.JSON.createObjectNode());
        }
        try {
            JsonNode node = ToolResult.JSON.readTree(text);
            return of(node);
        } catch (JsonProcessingException e) {
            throw new ToolFailure("malformed_arguments", null,
                    "The arguments are not valid JSON: " + e.getOriginalMessage(), List.of());
        }
    }

    public static ToolArguments of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return new ToolArguments(ToolResult.JSON.createObjectNode());
        }
        if (!node.isObject()) {
            throw new ToolFailure("malformed_arguments", null, "The arguments must be a JSON object", List.of());
        }
        return new ToolArguments((ObjectNode) node);
    }

    public ObjectNode json() {
        return json;
    }

    public Optional<String> optionalText(String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw ToolFailure.invalid(field, field + " must be a string");
        }
        String text = value.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    public String text(String field) {
        return optionalText(field).orElseThrow(() -> missing(field));
    }

    public Optional<Integer> optionalInteger(String field, int minimum, int maximum) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        int number;
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            number = value.intValue();
        } else if (value.isTextual() && value.asText().strip().matches("-?\\d{1,9}")) {
            number = Integer.parseInt(value.asText().strip());
        } else {
            throw ToolFailure.invalid(field, field + " must be a whole number");
        }
        if (number < minimum || number > maximum) {
            throw ToolFailure.invalid(field, field + " must be between " + minimum + " and " + maximum);
        }
        return Optional.of(number);
    }

    public int integer(String field, int minimum, int maximum) {
        return optionalInteger(field, minimum, maximum).orElseThrow(() -> missing(field));
    }

    /** One of the allowed values (case-insensitive), returned in lower case. */
    public String choice(String field, List<String> allowed) {
        return optionalChoice(field, allowed).orElseThrow(() -> missing(field));
    }

    public Optional<String> optionalChoice(String field, List<String> allowed) {
        Optional<String> value = optionalText(field).map(text -> text.toLowerCase(Locale.ROOT));
        if (value.isPresent() && !allowed.contains(value.get())) {
            throw new ToolFailure("invalid_arguments", field,
                    field + " must be one of " + String.join(", ", allowed), allowed);
        }
        return value;
    }

    /** An ISO date (YYYY-MM-DD). */
    public Optional<LocalDate> optionalDate(String field) {
        return optionalText(field).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw ToolFailure.invalid(field, field + " must be a date as YYYY-MM-DD, not \"" + text + "\"");
            }
        });
    }

    public LocalDate date(String field) {
        return optionalDate(field).orElseThrow(() -> missing(field));
    }

    /** A time as HH:MM (24 h). */
    public Optional<LocalTime> optionalTime(String field) {
        return optionalText(field).map(text -> {
            try {
                return LocalTime.parse(text.length() == 4 && text.charAt(1) == ':' ? "0" + text : text);
            } catch (DateTimeParseException e) {
                throw ToolFailure.invalid(field, field + " must be a time as HH:MM (24 h), not \"" + text + "\"");
            }
        });
    }

    public LocalTime time(String field) {
        return optionalTime(field).orElseThrow(() -> missing(field));
    }

    /** The elements of an array of objects; a missing or empty array is refused. */
    public List<ToolArguments> objects(String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            throw missing(field);
        }
        if (!value.isArray()) {
            throw ToolFailure.invalid(field, field + " must be an array");
        }
        if (value.isEmpty()) {
            throw ToolFailure.invalid(field, field + " must not be empty");
        }
        List<ToolArguments> elements = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (!element.isObject()) {
                throw ToolFailure.invalid(field + "[" + i + "]", field + "[" + i + "] must be an object");
            }
            elements.add(new ToolArguments((ObjectNode) element));
        }
        return elements;
    }

    /** The strings of an optional array (empty when absent). */
    public List<String> texts(String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw ToolFailure.invalid(field, field + " must be an array of strings");
        }
        List<String> texts = new ArrayList<>();
        value.forEach(element -> {
            if (!element.isTextual()) {
                throw ToolFailure.invalid(field, field + " must be an array of strings");
            }
            if (!element.asText().isBlank()) {
                texts.add(element.asText().strip());
            }
        });
        return texts;
    }

    private static ToolFailure missing(String field) {
        return new ToolFailure("invalid_arguments", field, field + " is required", List.of());
    }
}
