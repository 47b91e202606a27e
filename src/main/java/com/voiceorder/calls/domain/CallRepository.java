package com.voiceorder.calls.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface CallRepository {

    Call save(Call call);

    Optional<Call> find(Long restaurantId, Long callId);

    /** Calls started in [from, to), newest first; empty {@code outcomes} = all. */
    List<Call> findStartedBetween(Long restaurantId, Instant from, Instant to, Set<CallOutcome> outcomes);
}
