package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.domain.OpeningHours;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** The weekly opening ranges, replacing the current ones. Times as "HH:mm" in the restaurant's zone. */
public record OpeningHoursRequest(
        @NotNull(message = "Give the list of opening ranges (empty for none)")
        List<@NotNull(message = "A range is required") @Valid Range> openingHours) {

    /** A range; a closing time at or before the opening time ends on the next day. */
    public record Range(
            @NotNull(message = "A day is required, e.g. MONDAY") DayOfWeek dayOfWeek,
            @NotNull(message = "An opening time is required") LocalTime opens,
            @NotNull(message = "A closing time is required") LocalTime closes) {
    }

    List<OpeningHours> toDomain() {
        return openingHours.stream().map(range -> new OpeningHours(range.dayOfWeek(), range.opens(), range.closes())).toList();
    }
}
