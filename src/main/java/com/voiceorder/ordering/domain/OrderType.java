package com.voiceorder.ordering.domain;

/** How the customer gets the order. */
public enum OrderType {
    PICKUP,
    DELIVERY,
    DINE_IN
}
