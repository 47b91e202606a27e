package com.voiceorder.reservations.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new reservation: the service date and a time local to the restaurant ("19:30"; for a service
 * past midnight a time before its start is on the next day); no serviceId = the service seating at
 * that time. Tables are chosen by best fit unless given (then they must be free and seat the party). The guest is found or created as a
 * customer by phone.
 */
public record ReservationRequest(
        Long serviceId,
        Long offerId,
        Long roomId,
        Set<Long> tableIds,
        @NotNull(message = "partySize is required")
        @Min(value = 1, message = "partySize is at least 1")
        @Max(value = 500, message = "partySize is at most 500") Integer partySize,
        @Schema(example = "2026-05-02") @NotBlank(message = "date is required (YYYY-MM-DD)") String date,
        @Schema(example = "19:30") @NotBlank(message = "time is required (HH:MM)") String time,
        @NotNull(message = "guest is required") @Valid Guest guest,
        @Size(max = 1000, message = "notes are at most 1000 characters") String notes) {

    /** Who the table is for; the phone in any notation (national numbers in the restaurant's country). */
    public record Guest(
            @NotBlank(message = "the guest's name is required")
            @Size(max = 200, message = "the name is at most 200 characters") String name,
            @Size(max = 40, message = "the phone number is at most 40 characters") String phone) {
    }
}
