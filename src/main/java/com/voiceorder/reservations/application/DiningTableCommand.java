package com.voiceorder.reservations.application;

import java.util.Set;

/** A table as edited; {@code combinableWith} is kept symmetric across the restaurant's tables. */
public record DiningTableCommand(Long roomId, String label, int minCovers, int maxCovers, Set<Long> combinableWith,
                                 boolean active) {

    public DiningTableCommand {
        combinableWith = combinableWith == null ? Set.of() : Set.copyOf(combinableWith);
    }
}
