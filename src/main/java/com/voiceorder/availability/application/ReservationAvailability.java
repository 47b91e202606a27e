package com.voiceorder.availability.application;

import com.voiceorder.reservations.domain.SeatingRefusal;
import java.util.List;

/**
 * The answer to "can we seat them?": when available, the seating they would get (with its tables
 * and offers); when not, why ({@code reasonCode}, e.g. {@code slot_full}) and the nearest free
 * seatings. With no time asked, {@code slot} is the first free seating that day and the
 * alternatives are the next nearest ones.
 */
public record ReservationAvailability(boolean available, String reasonCode, String reason, ReservationSlot slot,
                                      List<ReservationSlot> alternatives) {

    static ReservationAvailability available(ReservationSlot slot, List<ReservationSlot> alternatives) {
        return new ReservationAvailability(true, null, null, slot, List.copyOf(alternatives));
    }

    static ReservationAvailability unavailable(SeatingRefusal refusal, List<ReservationSlot> alternatives) {
        return new ReservationAvailability(false, refusal.code(), refusal.message(), null, List.copyOf(alternatives));
    }
}
