package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.application.RestaurantSummary;

/** A restaurant in a list. */
public record RestaurantSummaryDto(Long id, String name, String slug, String city, boolean active) {

    static RestaurantSummaryDto from(RestaurantSummary summary) {
        return new RestaurantSummaryDto(summary.id(), summary.name(), summary.slug(), summary.city(), summary.active());
    }
}
