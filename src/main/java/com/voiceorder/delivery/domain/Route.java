package com.voiceorder.delivery.domain;

import java.time.Duration;

/** A road route: its length and how long it takes to drive. */
public record Route(long distanceMeters, Duration travelTime) {

    public Route {
        if (distanceMeters < 0 || travelTime == null || travelTime.isNegative()) {
            throw new IllegalArgumentException("A route has a non-negative length and travel time");
        }
    }

    /** Whole minutes, rounded up: a promise to a customer never rounds down. */
    public int travelMinutes() {
        long seconds = travelTime.toSeconds();
        return (int) ((seconds + 59) / 60);
    }
}
