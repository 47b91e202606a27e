package com.voiceorder.delivery.application;

import java.util.Optional;

/**
 * What a geographic service said: a value, nothing found (null value), or no answer at all
 * ({@code unavailableReason} set) — the delivery check then falls back to postal-code zones.
 */
public record GeoAnswer<T>(T value, String unavailableReason) {

    public static <T> GeoAnswer<T> of(Optional<T> value) {
        return new GeoAnswer<>(value.orElse(null), null);
    }

    public static <T> GeoAnswer<T> unavailable(String reason) {
        return new GeoAnswer<>(null, reason);
    }

    public boolean available() {
        return unavailableReason == null;
    }

    public Optional<T> found() {
        return Optional.ofNullable(value);
    }
}
