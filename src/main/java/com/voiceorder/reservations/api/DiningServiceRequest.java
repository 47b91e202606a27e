package com.voiceorder.reservations.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A dining service (lunch, dinner…). Times "HH:MM" local to the restaurant; a last seating before
 * the start is on the next day. {@code durationsByPartySize} maps "up to N guests" to minutes
 * ({"2": 90, "6": 120}); {@code active} null = true.
 */
public record DiningServiceRequest(
        @NotBlank(message = "name is required") @Size(max = 100, message = "name is at most 100 characters") String name,
        @Schema(enumeration = {"LUNCH", "DINNER", "BRUNCH", "OTHER"})
        @NotBlank(message = "kind is required: LUNCH, DINNER, BRUNCH or OTHER") String kind,
        @Schema(example = "[\"TUESDAY\", \"WEDNESDAY\"]") @NotNull(message = "weekdays are required") List<String> weekdays,
        @Schema(example = "12:00") @NotBlank(message = "startTime is required") String startTime,
        @Schema(example = "13:30") @NotBlank(message = "lastSeating is required") String lastSeating,
        @NotNull(message = "slotIntervalMinutes is required") Integer slotIntervalMinutes,
        @NotNull(message = "maxCovers is required") Integer maxCovers,
        Integer pacingCovers,
        @NotNull(message = "defaultDurationMinutes is required") Integer defaultDurationMinutes,
        Map<String, Integer> durationsByPartySize,
        Long prepaymentPerPersonCents,
        Boolean active) {
}
