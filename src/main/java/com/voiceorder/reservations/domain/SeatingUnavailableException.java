package com.voiceorder.reservations.domain;

import com.voiceorder.shared.domain.DomainException;
import java.util.List;

/**
 * A booking or change cannot be seated as asked (400 naming the time); carries the reason and the
 * nearest free seatings so callers can offer them.
 */
public class SeatingUnavailableException extends DomainException {

    private final SeatingRefusal refusal;
    private final transient List<Seating> alternatives;

    public SeatingUnavailableException(SeatingRefusal refusal, List<Seating> alternatives, String message) {
        super("time", message);
        this.refusal = refusal;
        this.alternatives = List.copyOf(alternatives);
    }

    public SeatingRefusal refusal() {
        return refusal;
    }

    public List<Seating> alternatives() {
        return alternatives;
    }
}
