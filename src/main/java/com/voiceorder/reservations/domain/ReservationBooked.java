package com.voiceorder.reservations.domain;

/** A reservation was booked (fired once stored; observers react after commit). */
public record ReservationBooked(Long restaurantId, Long reservationId) {
}
