package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.domain.DeliveryRules;
import com.voiceorder.restaurant.domain.DeliveryZone;
import com.voiceorder.restaurant.domain.ExceptionalClosure;
import com.voiceorder.restaurant.domain.KitchenCapacity;
import com.voiceorder.restaurant.domain.OpeningHours;
import com.voiceorder.restaurant.domain.Restaurant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Everything about a restaurant: profile, hours, closures, delivery, kitchen capacity. Phone in E.164. */
public record RestaurantDto(
        Long id,
        String name,
        String slug,
        String street,
        String postalCode,
        String city,
        String countryCode,
        Double latitude,
        Double longitude,
        String phone,
        String email,
        String timeZone,
        String language,
        String currency,
        boolean active,
        List<OpeningRangeDto> openingHours,
        List<ClosureDto> closures,
        DeliveryDto delivery,
        KitchenCapacityDto kitchenCapacity) {

    /** A weekly range in local time; {@code closes} at or before {@code opens} ends the next day. */
    public record OpeningRangeDto(DayOfWeek dayOfWeek, LocalTime opens, LocalTime closes) {
        static OpeningRangeDto from(OpeningHours hours) {
            return new OpeningRangeDto(hours.dayOfWeek(), hours.opens(), hours.closes());
        }
    }

    /** Closed from one date to another, both included. */
    public record ClosureDto(LocalDate fromDate, LocalDate toDate, String reason) {
        static ClosureDto from(ExceptionalClosure closure) {
            return new ClosureDto(closure.fromDate(), closure.toDate(), closure.reason());
        }
    }

    public record DeliveryDto(boolean enabled, int radiusMeters, long feeCents, long minimumOrderCents,
            Long freeDeliveryThresholdCents, List<DeliveryZoneDto> zones) {
        static DeliveryDto from(DeliveryRules rules, List<DeliveryZone> zones) {
            return new DeliveryDto(rules.enabled(), rules.radiusMeters(), rules.feeCents(), rules.minimumOrderCents(),
                    rules.freeDeliveryThresholdCents(), zones.stream().map(DeliveryZoneDto::from).toList());
        }
    }

    public record DeliveryZoneDto(String postalCode, long feeCents, Long minimumOrderCents) {
        static DeliveryZoneDto from(DeliveryZone zone) {
            return new DeliveryZoneDto(zone.postalCode(), zone.feeCents(), zone.minimumOrderCents());
        }
    }

    public record KitchenCapacityDto(int slotMinutes, int maxOrdersPerSlot, int maxItemsPerSlot, int defaultPrepMinutes,
            int lastOrderMinutesBeforeClosing) {
        static KitchenCapacityDto from(KitchenCapacity capacity) {
            return new KitchenCapacityDto(capacity.slotMinutes(), capacity.maxOrdersPerSlot(),
                    capacity.maxItemsPerSlot(), capacity.defaultPrepMinutes(), capacity.lastOrderMinutesBeforeClosing());
        }
    }

    static RestaurantDto from(Restaurant restaurant) {
        return new RestaurantDto(restaurant.getId(), restaurant.name(), restaurant.slug(), restaurant.street(),
                restaurant.postalCode(), restaurant.city(), restaurant.countryCode(), restaurant.latitude(),
                restaurant.longitude(), restaurant.phone() == null ? null : restaurant.phone().e164(),
                restaurant.email(), restaurant.zone().getId(), restaurant.language(),
                restaurant.currency().getCurrencyCode(), restaurant.isActive(),
                restaurant.openingHours().stream().map(OpeningRangeDto::from).toList(),
                restaurant.closures().stream().map(ClosureDto::from).toList(),
                DeliveryDto.from(restaurant.deliveryRules(), restaurant.deliveryZones()),
                KitchenCapacityDto.from(restaurant.kitchenCapacity()));
    }
}
