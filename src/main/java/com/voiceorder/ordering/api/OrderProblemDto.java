package com.voiceorder.ordering.api;

import com.voiceorder.ordering.application.MenuAlternative;
import java.util.List;

/**
 * An RFC 9457 problem (the API's usual shape: type, title, status, detail, errors by field) with
 * what the caller can offer instead: the next feasible {@code proposals} for a requested time that
 * cannot be met (ISO-8601 with the restaurant's offset) and its {@code reason}, or the
 * {@code alternatives} to an item that cannot be ordered. Null members are omitted.
 */
public record OrderProblemDto(String type, String title, int status, String detail, List<FieldError> errors,
                              String reason, List<String> proposals, List<MenuAlternative> alternatives) {

    public record FieldError(String field, String message) {
    }
}
