package com.voiceorder.availability.application;

import com.voiceorder.reservations.domain.DiningTable;
import com.voiceorder.reservations.domain.Seating;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A seating the party can have: service, service date, start in the restaurant's zone, duration,
 * the room and tables it would get (none when the restaurant has no tables set up), and the offers
 * that apply to it.
 */
public record ReservationSlot(Long serviceId, String serviceName, LocalDate serviceDate, ZonedDateTime startsAt,
                              ZonedDateTime endsAt, int durationMinutes, Long roomId, String roomName,
                              List<Table> tables, boolean roomPreferenceHonoured, List<ApplicableOffer> offers) {

    /** A table the party would sit at. */
    public record Table(Long id, String label, int maxCovers) {

        static Table of(DiningTable table) {
            return new Table(table.getId(), table.getLabel(), table.getMaxCovers());
        }
    }

    static ReservationSlot of(Seating seating, String roomName, List<ApplicableOffer> offers) {
        List<Table> tables = seating.tables() == null ? List.of()
                : seating.tables().tables().stream().map(Table::of).toList();
        return new ReservationSlot(seating.serviceId(), seating.service().getName(), seating.serviceDate(),
                seating.startsAt(), seating.endsAt().atZone(seating.startsAt().getZone()), seating.durationMinutes(),
                seating.roomId(), roomName, tables, seating.roomPreferenceHonoured(), offers);
    }
}
