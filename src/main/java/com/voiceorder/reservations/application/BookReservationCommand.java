package com.voiceorder.reservations.application;

import com.voiceorder.reservations.domain.ReservationSource;
import com.voiceorder.shared.domain.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A booking request. {@code durationMinutes} null = the service's duration for the party size;
 * {@code confirm} books it CONFIRMED at once instead of PENDING. Nullable: customerId, offerId,
 * roomId, tableIds, guestPhone, notes, externalRef.
 */
public record BookReservationCommand(
        Long serviceId,
        LocalDate serviceDate,
        Instant startsAt,
        Integer durationMinutes,
        int partySize,
        ReservationSource source,
        String guestName,
        PhoneNumber guestPhone,
        Long customerId,
        Long offerId,
        Long roomId,
        Set<Long> tableIds,
        String notes,
        String externalRef,
        boolean confirm) {

    public BookReservationCommand {
        tableIds = tableIds == null ? Set.of() : Set.copyOf(tableIds);
    }
}
