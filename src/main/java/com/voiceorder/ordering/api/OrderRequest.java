package com.voiceorder.ordering.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new order (DESIGN §5): {@code type} pickup | delivery | dine_in (any case); the address as one
 * line ("12 rue de la Paix, 13001 Marseille"), required for a delivery; {@code requestedTime}
 * ISO-8601 with an offset, or a local date-time or time in the restaurant's zone.
 */
@Schema(description = "A new order; lines are priced from the menu")
public record OrderRequest(
        @Schema(enumeration = {"pickup", "delivery", "dine_in"}, required = true)
        @NotBlank(message = "type is required: pickup, delivery or dine_in") String type,
        @Valid Customer customer,
        @Size(max = 400, message = "the address is at most 400 characters") String address,
        @Schema(example = "2026-05-02T19:30:00+02:00") String requestedTime,
        @NotEmpty(message = "an order needs at least one line")
        List<@NotNull(message = "a line is empty") @Valid Line> lines,
        @Size(max = 1000, message = "notes are at most 1000 characters") String notes) {

    /** Who orders: the phone in any notation (national numbers in the restaurant's country). */
    public record Customer(
            @Size(max = 40, message = "the phone number is at most 40 characters") String phone,
            @Size(max = 200, message = "the name is at most 200 characters") String name) {
    }

    /**
     * {@code quantity} units of a menu item ({@code itemId}, each with the options chosen) or of a
     * formula ({@code formulaId}, with one choice per course).
     */
    public record Line(
            Long itemId,
            Long formulaId,
            @NotNull(message = "quantity is required")
            @Min(value = 1, message = "quantity is at least 1")
            @Max(value = 999, message = "quantity is at most 999") Integer quantity,
            List<@NotNull(message = "an option id is missing") Long> optionIds,
            @Size(max = 20, message = "a formula has at most 20 choices")
            List<@NotNull(message = "a choice is empty") @Valid Choice> choices,
            @Size(max = 500, message = "line notes are at most 500 characters") String notes) {
    }

    /** The item chosen for one course of a formula: {@code slotId} is the course's index from 0, as listed by the formulas API. */
    public record Choice(
            @NotNull(message = "slotId is required") Integer slotId,
            @NotNull(message = "itemId is required") Long itemId,
            List<@NotNull(message = "an option id is missing") Long> optionIds) {
    }
}
