package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.domain.DeliveryRules;
import com.voiceorder.restaurant.domain.DeliveryZone;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Delivery rules and postal-code zones, replaced together. Without zones the radius rule applies;
 * a zone's fee (and its minimum order, when given) override the general ones. Amounts in cents.
 */
public record DeliveryRequest(
        @NotNull(message = "Say whether the restaurant delivers") Boolean enabled,
        @NotNull(message = "A radius in meters is required (0 for zones only)")
        @PositiveOrZero(message = "Cannot be negative") Integer radiusMeters,
        @NotNull(message = "A fee in cents is required") @PositiveOrZero(message = "Cannot be negative") Long feeCents,
        @NotNull(message = "A minimum order in cents is required")
        @PositiveOrZero(message = "Cannot be negative") Long minimumOrderCents,
        @Positive(message = "Must be positive, or left out for never free") Long freeDeliveryThresholdCents,
        List<@NotNull(message = "A zone is required") @Valid Zone> zones) {

    public record Zone(
            @NotBlank(message = "A postal code is required") @Size(max = 20, message = "At most 20 characters")
            String postalCode,
            @NotNull(message = "A fee in cents is required") @PositiveOrZero(message = "Cannot be negative") Long feeCents,
            @PositiveOrZero(message = "Cannot be negative") Long minimumOrderCents) {
    }

    DeliveryRules toRules() {
        return new DeliveryRules(enabled, radiusMeters, feeCents, minimumOrderCents, freeDeliveryThresholdCents);
    }

    List<DeliveryZone> toZones() {
        return zones == null ? List.of()
                : zones.stream().map(z -> new DeliveryZone(z.postalCode(), z.feeCents(), z.minimumOrderCents())).toList();
    }
}
