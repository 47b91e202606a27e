package com.voiceorder.reservations.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An offer ("-20 % le midi"). Dates "YYYY-MM-DD", both inclusive, null = open-ended; empty
 * weekdays / serviceIds = any; minPartySize null = 1; maxPartySize null = no limit; active null = true.
 */
public record OfferRequest(
        @NotBlank(message = "name is required") @Size(max = 150, message = "name is at most 150 characters") String name,
        @Size(max = 1000, message = "description is at most 1000 characters") String description,
        @Schema(example = "2026-05-01") String validFrom,
        @Schema(example = "2026-06-30") String validTo,
        List<String> weekdays,
        Set<Long> serviceIds,
        Integer minPartySize,
        Integer maxPartySize,
        Long formulaId,
        Boolean active) {
}
