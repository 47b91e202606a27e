package com.voiceorder.reservations.domain;

/** A reservation moved to {@code status}. */
public record ReservationStatusChanged(Long restaurantId, Long reservationId, ReservationStatus status) {
}
