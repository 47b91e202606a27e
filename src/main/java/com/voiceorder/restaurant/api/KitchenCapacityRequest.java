package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.domain.KitchenCapacity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/** How much the kitchen takes per slot, default preparation time, last-order margin before closing. */
public record KitchenCapacityRequest(
        @NotNull(message = "A slot length is required") @Min(value = 5, message = "Between 5 and 120 minutes")
        @Max(value = 120, message = "Between 5 and 120 minutes") Integer slotMinutes,
        @NotNull(message = "Required") @Positive(message = "Must be positive") Integer maxOrdersPerSlot,
        @NotNull(message = "Required") @Positive(message = "Must be positive") Integer maxItemsPerSlot,
        @NotNull(message = "Required") @PositiveOrZero(message = "Cannot be negative") Integer defaultPrepMinutes,
        @NotNull(message = "Required") @PositiveOrZero(message = "Cannot be negative") Integer lastOrderMinutesBeforeClosing) {

    KitchenCapacity toDomain() {
        return new KitchenCapacity(slotMinutes, maxOrdersPerSlot, maxItemsPerSlot, defaultPrepMinutes,
                lastOrderMinutesBeforeClosing);
    }
}
