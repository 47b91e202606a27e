package com.voiceorder.reservations.domain;

import java.util.Comparator;
import java.util.List;

/** One table, or tables of one room pushed together, for a party. */
public record TableCombination(Long roomId, List<DiningTable> tables) {

    public TableCombination {
        tables = tables.stream().sorted(Comparator.comparing(DiningTable::getLabel)).toList();
    }

    public int seats() {
        return tables.stream().mapToInt(DiningTable::getMaxCovers).sum();
    }

    /** Seats left empty when {@code partySize} guests sit here. */
    public int wastedSeats(int partySize) {
        return seats() - partySize;
    }

    public List<Long> tableIds() {
        return tables.stream().map(DiningTable::getId).toList();
    }

    /** "T1+T2". */
    public String labels() {
        return String.join("+", tables.stream().map(DiningTable::getLabel).toList());
    }
}
