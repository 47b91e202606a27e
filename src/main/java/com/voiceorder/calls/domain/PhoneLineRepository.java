package com.voiceorder.calls.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface PhoneLineRepository {

    PhoneLine save(PhoneLine line);

    Optional<PhoneLine> find(Long restaurantId, Long lineId);

    List<PhoneLine> findByRestaurant(Long restaurantId);

    /** The line with that E.164 number, whatever the restaurant (incoming calls are routed by it). */
    Optional<PhoneLine> findByNumber(String e164);

    /** Whether any call was logged on the line (such a line is kept: disable it instead). */
    boolean hasCalls(Long lineId);

    void delete(PhoneLine line);

    /**
     * Stores the last technical problem seen on a line (null clears it) without touching the line's version:
     * a registration failing while someone edits the line must not make their save conflict.
     *
     * @return whether the line still exists
     */
    boolean storeError(Long lineId, String error, Instant at);

    /** The line with that id, whatever the restaurant (incoming calls know the line, not the restaurant). */
    Optional<PhoneLine> findById(Long lineId);

    /** Every line of every restaurant, by restaurant then number (the admin's view of all lines). */
    List<PhoneLine> findAll();

    /** Every enabled line of every restaurant (registrations, routing). */
    List<PhoneLine> findEnabled();
}
