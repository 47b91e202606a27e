package com.voiceorder.reservations.application;

/** A room as edited; {@code position} orders rooms in lists. */
public record DiningRoomCommand(String name, int position, boolean active) {
}
