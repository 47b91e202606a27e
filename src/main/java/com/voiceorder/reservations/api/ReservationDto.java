package com.voiceorder.reservations.api;

import com.voiceorder.reservations.domain.Reservation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A reservation; {@code startsAt}/{@code endsAt} are instants, {@code serviceDate} the restaurant's date. */
public record ReservationDto(
        Long id,
        String status,
        String source,
        Long serviceId,
        LocalDate serviceDate,
        Instant startsAt,
        Instant endsAt,
        int durationMinutes,
        int partySize,
        Guest guest,
        Long customerId,
        Long offerId,
        Long roomId,
        List<Long> tableIds,
        String notes,
        String externalRef,
        Instant createdAt,
        Instant confirmedAt,
        Instant seatedAt,
        Instant completedAt,
        Instant cancelledAt,
        Instant noShowAt,
        String cancelReason) {

    public record Guest(String name, String phone) {
    }

    static ReservationDto of(Reservation reservation) {
        return new ReservationDto(reservation.getId(), reservation.getStatus().name(), reservation.getSource().name(),
                reservation.getServiceId(), reservation.getServiceDate(), reservation.getStartsAt(),
                reservation.endsAt(), reservation.getDurationMinutes(), reservation.getPartySize(),
                new Guest(reservation.getGuestName(), reservation.getGuestPhone()), reservation.getCustomerId(),
                reservation.getOfferId(), reservation.getRoomId(), reservation.getTableIds().stream().sorted().toList(),
                reservation.getNotes(), reservation.getExternalRef(), reservation.getCreatedAt(),
                reservation.getConfirmedAt(), reservation.getSeatedAt(), reservation.getCompletedAt(),
                reservation.getCancelledAt(), reservation.getNoShowAt(), reservation.getCancelReason());
    }
}
