package com.voiceorder.reservations.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Picks the tables for a party among the free ones: one table whose range seats the party, or up to
 * {@value #MAX_TABLES} combinable tables of one room that together seat it with none superfluous.
 * Best fit first: the room asked for when it has a fit, then the fewest empty seats, then the fewest
 * tables, then labels for a stable choice.
 */
public final class TableMatcher {

    static final int MAX_TABLES = 4;

    private final Map<Long, DiningTable> tables = new LinkedHashMap<>();

    public TableMatcher(Collection<DiningTable> tables) {
        tables.stream().filter(DiningTable::isActive).sorted(Comparator.comparing(DiningTable::getLabel))
                .forEach(table -> this.tables.put(table.getId(), table));
    }

    /** Whether the restaurant has any table in use (without tables, bookings count covers only). */
    public boolean hasTables() {
        return !tables.isEmpty();
    }

    /**
     * The best fitting tables among those {@code free}; {@code current} (a reservation's tables) is
     * kept when still free and still seating the party.
     */
    public Optional<TableCombination> best(int partySize, Predicate<Long> free, Long preferredRoom, Set<Long> current) {
        Optional<TableCombination> kept = keep(partySize, free, current);
        if (kept.isPresent()) {
            return kept;
        }
        return candidates(partySize, free).stream()
                .min(Comparator.<TableCombination>comparingInt(c -> preferredRoom != null && preferredRoom.equals(c.roomId()) ? 0 : 1)
                        .thenComparingInt(c -> c.wastedSeats(partySize))
                        .thenComparingInt(c -> c.tables().size())
                        .thenComparing(TableCombination::labels));
    }

    private Optional<TableCombination> keep(int partySize, Predicate<Long> free, Set<Long> current) {
        if (current.isEmpty() || !current.stream().allMatch(id -> tables.containsKey(id) && free.test(id))) {
            return Optional.empty();
        }
        List<DiningTable> kept = current.stream().map(tables::get).toList();
        TableCombination combination = new TableCombination(kept.get(0).getRoomId(), kept);
        boolean fits = kept.size() == 1 ? kept.get(0).seats(partySize) : combination.seats() >= partySize;
        return fits ? Optional.of(combination) : Optional.empty();
    }

    private List<TableCombination> candidates(int partySize, Predicate<Long> free) {
        List<TableCombination> found = new ArrayList<>();
        Set<Set<Long>> seen = new HashSet<>();
        for (DiningTable table : tables.values()) {
            if (!free.test(table.getId())) {
                continue;
            }
            if (table.seats(partySize)) {
                found.add(new TableCombination(table.getRoomId(), List.of(table)));
            }
            if (table.getMaxCovers() < partySize) {
                grow(new TreeSet<>(Set.of(table.getId())), table.getMaxCovers(), partySize, free, seen, found);
            }
        }
        return found;
    }

    /** Adds combinable free neighbours of the same room until the tables seat the party. */
    private void grow(TreeSet<Long> members, int seats, int partySize, Predicate<Long> free, Set<Set<Long>> seen,
                      List<TableCombination> found) {
        if (members.size() >= MAX_TABLES) {
            return;
        }
        Long roomId = tables.get(members.first()).getRoomId();
        for (Long memberId : List.copyOf(members)) {
            for (Long neighbourId : tables.get(memberId).getCombinableWith()) {
                DiningTable neighbour = tables.get(neighbourId);
                if (neighbour == null || members.contains(neighbourId) || !free.test(neighbourId)
                        || !Objects.equals(neighbour.getRoomId(), roomId)) {
                    continue;
                }
                TreeSet<Long> grown = new TreeSet<>(members);
                grown.add(neighbourId);
                if (!seen.add(grown)) {
                    continue;
                }
                int grownSeats = seats + neighbour.getMaxCovers();
                if (grownSeats >= partySize) {
                    if (noneSuperfluous(grown, grownSeats, partySize)) {
                        found.add(new TableCombination(roomId, grown.stream().map(tables::get).toList()));
                    }
                } else {
                    grow(grown, grownSeats, partySize, free, seen, found);
                }
            }
        }
    }

    private boolean noneSuperfluous(Set<Long> members, int seats, int partySize) {
        return members.stream().allMatch(id -> seats - tables.get(id).getMaxCovers() < partySize);
    }
}
