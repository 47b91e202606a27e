package com.voiceorder.reservations.application;

import java.time.LocalDate;

/** One service of one day: how many bookings and covers (cancelled and no-shows left out). */
public record DailyCovers(LocalDate day, Long serviceId, int reservations, int covers) {
}
