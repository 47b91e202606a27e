package com.voiceorder.reservations.domain;

/** A reservation moved to another time, service or party size (observers react after commit). */
public record ReservationRescheduled(Long restaurantId, Long reservationId) {
}
