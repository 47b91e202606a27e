package com.voiceorder.calls.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Can the restaurant seat that party at that time? Owned by the agent, implemented at merge by an
 * adapter over the availability capability ({@code AvailabilityService.checkReservation}).
 */
public interface ReservationAvailability {

    /** Date and time are wall-clock in the restaurant's zone. */
    Answer check(Long restaurantId, LocalDate date, LocalTime time, int partySize);

    /**
     * {@code serviceId} is the service the time falls in (null when none); alternatives are the
     * nearest free slots when the time is not available, best first; reason explains a refusal.
     */
    record Answer(boolean available, Long serviceId, String serviceName, String reason,
                  List<LocalDateTime> alternatives) {

        public Answer {
            alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        }
    }
}
