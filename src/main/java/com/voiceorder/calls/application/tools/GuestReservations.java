package com.voiceorder.calls.application.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.voiceorder.calls.application.AgentCall;
import com.voiceorder.calls.application.ToolArguments;
import com.voiceorder.calls.application.ToolFailure;
import com.voiceorder.reservations.application.ReservationService;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.shared.domain.PhoneNumber;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A caller's own reservations: found by the phone they booked with, described for the model. */
final class GuestReservations {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private GuestReservations() {
    }

    /** The phone the caller booked with: the one they gave, else their caller id. */
    static PhoneNumber phone(AgentCall call, ToolArguments arguments, String countryCode) {
        return arguments.optionalText("phone")
                .map(raw -> PhoneNumber.tryParse(raw, countryCode)
                        .orElseThrow(() -> ToolFailure.invalid("phone", "\"" + raw + "\" is not a phone number")))
                .or(() -> java.util.Optional.ofNullable(call.caller()))
                .orElseThrow(() -> ToolFailure.invalid("phone",
                        "The caller id is withheld: ask for the phone number the table was booked with"));
    }

    /** The reservation if it was booked with that phone; anyone else's is not found. */
    static Reservation owned(ReservationService reservations, Long restaurantId, long reservationId,
            PhoneNumber phone) {
        Reservation reservation;
        try {
            reservation = reservations.get(restaurantId, reservationId);
        } catch (com.voiceorder.shared.domain.NotFoundException e) {
            reservation = null;
        }
        if (reservation == null || !Objects.equals(reservation.getGuestPhone(), phone.e164())) {
            throw new ToolFailure("not_found", "reservation_id", "No reservation " + reservationId
                    + " under this phone number; use find_reservation", List.of());
        }
        return reservation;
    }

    static void describe(ObjectNode json, Reservation reservation, ZoneId zone) {
        ZonedDateTime start = reservation.getStartsAt().atZone(zone);
        json.put("reservation_id", reservation.getId())
                .put("date", reservation.getServiceDate().toString())
                .put("time", start.format(HOUR))
                .put("party_size", reservation.getPartySize())
                .put("name", reservation.getGuestName())
                .put("status", reservation.getStatus().name().toLowerCase(Locale.ROOT));
    }
}
