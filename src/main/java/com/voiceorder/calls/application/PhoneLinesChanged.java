package com.voiceorder.calls.application;

/** A phone line was created, changed or removed; fired inside the transaction, observed after commit. */
public record PhoneLinesChanged(Long restaurantId, Long lineId) {
}
