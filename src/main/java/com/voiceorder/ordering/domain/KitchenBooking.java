package com.voiceorder.ordering.domain;

import java.time.Instant;

/** An order already promised: the kitchen must have its {@code items} ready at {@code dueAt}. */
public record KitchenBooking(Instant dueAt, int items) {
}
