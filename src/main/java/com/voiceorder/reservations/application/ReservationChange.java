package com.voiceorder.reservations.application;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A reservation's new date, wall-clock time and party size as the guest states them; {@code serviceId}
 * null = whichever service seats at that time; {@code offerId} null = no offer.
 */
public record ReservationChange(LocalDate date, LocalTime time, int partySize, Long serviceId, Long offerId) {
}
