package com.voiceorder.ordering.domain;

/** An order moved to {@code status}. */
public record OrderStatusChanged(Long restaurantId, Long orderId, OrderStatus status) {
}
