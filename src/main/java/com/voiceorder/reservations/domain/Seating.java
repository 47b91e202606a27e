package com.voiceorder.reservations.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Where and when a party can sit: a slot of a service on a service date, for how long, at which
 * tables (empty when the restaurant has no tables set up), and whether the room asked for was honoured.
 */
public record Seating(DiningService service, LocalDate serviceDate, ZonedDateTime startsAt, int durationMinutes,
                      TableCombination tables, boolean roomPreferenceHonoured) {

    public Instant endsAt() {
        return startsAt.toInstant().plusSeconds(durationMinutes * 60L);
    }

    public Long serviceId() {
        return service.getId();
    }

    public List<Long> tableIds() {
        return tables == null ? List.of() : tables.tableIds();
    }

    public Long roomId() {
        return tables == null ? null : tables.roomId();
    }
}
