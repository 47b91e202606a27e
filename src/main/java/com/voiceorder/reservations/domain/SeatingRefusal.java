package com.voiceorder.reservations.domain;

/** Why a party cannot be seated at the time asked; {@link #code()} is what API clients and the agent read. */
public enum SeatingRefusal {
    CLOSED("the restaurant is closed that day"),
    NOT_SERVED("no service takes bookings that day"),
    NOT_A_SEATING_TIME("no seating starts at that time"),
    PAST("that time has passed"),
    SERVICE_FULL("the service is fully booked"),
    SLOT_FULL("enough guests already arrive at that time"),
    NO_TABLE("no free table fits the party for the whole meal"),
    FULLY_BOOKED("no free seating left that day");

    private final String message;

    SeatingRefusal(String message) {
        this.message = message;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String message() {
        return message;
    }
}
