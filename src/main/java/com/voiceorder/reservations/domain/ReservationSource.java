package com.voiceorder.reservations.domain;

/** Where a reservation was made. */
public enum ReservationSource {
    PHONE,
    DASHBOARD,
    API,
    ZENCHEF,
    THEFORK
}
