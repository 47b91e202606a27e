package com.voiceorder.calls.api;

import com.voiceorder.calls.application.LineMonitor;

/** A line of any restaurant with its status, for the administrators' "voice lines" page. */
public record RestaurantLineStatusDto(Long restaurantId, String restaurantName, LineStatusDto line) {

    static RestaurantLineStatusDto of(LineMonitor.RestaurantLineHealth health) {
        return new RestaurantLineStatusDto(health.restaurantId(), health.restaurantName(),
                LineStatusDto.of(health.line()));
    }
}
