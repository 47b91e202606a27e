package com.voiceorder.dashboard.application;

import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A reservation on the service board, with its table labels and offer name resolved. A party not
 * seated {@link #GRACE} after its time is late; {@code nextSteps} are the moves the host may make.
 */
public record BoardReservation(long reservationId, Instant startsAt, Instant endsAt, int partySize, String guestName,
                               ReservationStatus status, List<String> tables, String offerName, boolean late,
                               List<ReservationStatus> nextSteps) {

    public static final Duration GRACE = Duration.ofMinutes(15);

    public BoardReservation {
        tables = List.copyOf(tables);
        nextSteps = List.copyOf(nextSteps);
    }

    public static BoardReservation of(Reservation reservation, Map<Long, String> tableLabels,
                                      Map<Long, String> offerNames, Instant now) {
        ReservationStatus status = reservation.getStatus();
        boolean notArrived = status == ReservationStatus.PENDING || status == ReservationStatus.CONFIRMED;
        List<String> tables = reservation.getTableIds().stream()
                .map(id -> tableLabels.getOrDefault(id, "#" + id)).sorted().toList();
        return new BoardReservation(reservation.getId(), reservation.getStartsAt(), reservation.endsAt(),
                reservation.getPartySize(), reservation.getGuestName(), status, tables,
                reservation.getOfferId() == null ? null : offerNames.get(reservation.getOfferId()),
                notArrived && now.isAfter(reservation.getStartsAt().plus(GRACE)), nextSteps(status));
    }

    /** The host's moves from a status, as {@code Reservation} allows them. */
    public static List<ReservationStatus> nextSteps(ReservationStatus status) {
        return switch (status) {
            case PENDING -> List.of(ReservationStatus.CONFIRMED, ReservationStatus.CANCELLED);
            case CONFIRMED -> List.of(ReservationStatus.SEATED, ReservationStatus.NO_SHOW, ReservationStatus.CANCELLED);
            case SEATED -> List.of(ReservationStatus.COMPLETED);
            case COMPLETED, CANCELLED, NO_SHOW -> List.of();
        };
    }
}
