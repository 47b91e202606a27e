package com.voiceorder.ordering.domain;

/** An order was placed (fired after the order is stored; observers react after commit). */
public record OrderPlaced(Long restaurantId, Long orderId) {
}
