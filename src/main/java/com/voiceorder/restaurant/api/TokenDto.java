package com.voiceorder.restaurant.api;

/** A new token's secret, shown once: send it as {@code Authorization: Bearer <token>}. */
public record TokenDto(String name, String token) {
}
