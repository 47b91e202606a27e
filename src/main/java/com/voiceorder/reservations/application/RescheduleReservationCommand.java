package com.voiceorder.reservations.application;

import java.time.Instant;
import java.time.LocalDate;

/** A new time, service or party size for a booking; {@code durationMinutes} null = the service's default. */
public record RescheduleReservationCommand(Long serviceId, LocalDate serviceDate, Instant startsAt,
                                           Integer durationMinutes, int partySize) {
}
