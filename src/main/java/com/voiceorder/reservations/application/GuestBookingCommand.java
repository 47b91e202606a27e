package com.voiceorder.reservations.application;

import com.voiceorder.reservations.domain.ReservationSource;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * A booking as a guest states it: the service date and a wall-clock time in the restaurant's zone
 * (for a service past midnight, a time before its start is on the next day), the guest's phone in
 * any notation. Nullable: offerId, roomId, tableIds, guestPhone, notes.
 */
public record GuestBookingCommand(
        Long serviceId,
        Long offerId,
        Long roomId,
        Set<Long> tableIds,
        int partySize,
        LocalDate date,
        LocalTime time,
        String guestName,
        String guestPhone,
        String notes,
        ReservationSource source) {

    public GuestBookingCommand {
        tableIds = tableIds == null ? Set.of() : Set.copyOf(tableIds);
    }
}
