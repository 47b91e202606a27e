package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.domain.ExceptionalClosure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The exceptional closures, replacing the current ones. */
public record ClosuresRequest(
        @NotNull(message = "Give the list of closures (empty for none)")
        List<@NotNull(message = "A closure is required") @Valid Closure> closures) {

    /** Closed from one date to another, both included ("2025-12-24"). */
    public record Closure(
            @NotNull(message = "A start date is required") LocalDate fromDate,
            @NotNull(message = "An end date is required") LocalDate toDate,
            @Size(max = 200, message = "At most 200 characters") String reason) {
    }

    List<ExceptionalClosure> toDomain() {
        return closures.stream().map(c -> new ExceptionalClosure(c.fromDate(), c.toDate(), c.reason())).toList();
    }
}
