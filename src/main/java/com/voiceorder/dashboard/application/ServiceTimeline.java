package com.voiceorder.dashboard.application;

import java.time.LocalTime;
import java.util.List;

/**
 * One dining service of the day (lunch, dinner): its reservations by table, tables in label order,
 * then the reservations without a table ({@code table} null).
 */
public record ServiceTimeline(Long serviceId, String name, LocalTime startTime, LocalTime lastSeating,
                              int expectedCovers, List<TableRow> rows) {

    public ServiceTimeline {
        rows = List.copyOf(rows);
    }

    /** A table's reservations in time order; {@code table} is null for the unassigned row. */
    public record TableRow(String table, List<BoardReservation> reservations) {
        public TableRow {
            reservations = List.copyOf(reservations);
        }
    }
}
