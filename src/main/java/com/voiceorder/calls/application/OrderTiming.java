package com.voiceorder.calls.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * When can a pickup or delivery order be ready? Owned by the agent, implemented at merge by an
 * adapter over the kitchen timing ({@code OrderTimingService.propose}).
 */
public interface OrderTiming {

    /**
     * {@code delivery} false = pickup. A null time asks for the earliest feasible slot; a given
     * time is checked. Date and time are wall-clock in the restaurant's zone; a null date is today.
     */
    Answer propose(Long restaurantId, boolean delivery, LocalDate date, LocalTime time);

    /** {@code proposed}: the time promised (the requested one when feasible); alternatives when it is not. */
    record Answer(boolean feasible, LocalDateTime proposed, String reason, List<LocalDateTime> alternatives) {

        public Answer {
            alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        }
    }
}
