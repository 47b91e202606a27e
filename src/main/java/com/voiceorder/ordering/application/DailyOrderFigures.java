package com.voiceorder.ordering.application;

import java.time.LocalDate;

/** One day of a restaurant's orders: how many were taken and what they bring (test and cancelled orders left out). */
public record DailyOrderFigures(LocalDate day, int orders, long revenueCents) {
}
