package com.voiceorder.ordering.api;

import jakarta.validation.constraints.Size;

/** Why an order is cancelled (optional). */
public record OrderCancelRequest(@Size(max = 500, message = "the reason is at most 500 characters") String reason) {
}
