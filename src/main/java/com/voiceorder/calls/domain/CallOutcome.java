package com.voiceorder.calls.domain;

import java.util.EnumSet;
import java.util.Set;

/** How a call went; IN_PROGRESS until it ends. */
public enum CallOutcome {
    IN_PROGRESS,
    ANSWERED,
    MISSED,
    REJECTED,
    VOICEMAIL,
    FAILED,
    ORDER,
    RESERVATION,
    INFO,
    TRANSFERRED,
    ABANDONED;

    private static final Set<CallOutcome> NEED_ANSWER = EnumSet.of(ANSWERED, ORDER, RESERVATION, INFO, TRANSFERRED);
    private static final Set<CallOutcome> NEED_NO_ANSWER = EnumSet.of(MISSED, REJECTED);

    /** Outcomes only an answered call can have (a conversation took place). */
    public boolean requiresAnswer() {
        return NEED_ANSWER.contains(this);
    }

    /** Outcomes only an unanswered call can have. */
    public boolean requiresNoAnswer() {
        return NEED_NO_ANSWER.contains(this);
    }
}
