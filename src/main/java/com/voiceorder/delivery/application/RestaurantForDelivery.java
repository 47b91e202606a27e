package com.voiceorder.delivery.application;

import com.voiceorder.delivery.domain.DeliveryPolicy;
import com.voiceorder.delivery.domain.GeoPoint;

/**
 * What the delivery check needs of a restaurant, read in one short transaction: its rules,
 * where it is (null until geocoded), its address line (null when incomplete), region and language.
 */
public record RestaurantForDelivery(Long restaurantId, DeliveryPolicy policy, GeoPoint location, String addressLine,
        String regionCode, String languageCode) {
}
