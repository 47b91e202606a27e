package com.voiceorder.calls.application;

/**
 * Decides, from one check to the next, when an agent call must be helped along or closed: a long
 * silence gets one "are you still there?", a second one a goodbye; the maximum length or the cost cap
 * gets a polite closing, in the next pause. Activity (caller speech, agent audio still playing, a
 * tool running) resets the silence; the telephony's own maximum call duration stays the hard limit. Not thread-safe on its own: the conversation calls it under its lock.
 */
final class ConversationWatch {

    /** What the watch asks of the call. */
    enum Verdict { CARRY_ON, ASK_IF_STILL_THERE, CLOSE_SILENT, CLOSE_TOO_LONG, CLOSE_COST_CAP }

    private final AgentCallLimits limits;
    private final long startedNanos;
    private long lastActivityNanos;
    private boolean askedIfThere;
    private boolean closing;

    ConversationWatch(AgentCallLimits limits, long nowNanos) {
        this.limits = limits;
        this.startedNanos = nowNanos;
        this.lastActivityNanos = nowNanos;
    }

    /** Someone spoke or something happened on the call: the silence starts over. */
    void activity(long nowNanos, boolean fromCaller) {
        lastActivityNanos = nowNanos;
        if (fromCaller) {
            askedIfThere = false;
        }
    }

    /** The verdict now; {@code busy} = a party is speaking, agent audio is queued or a tool runs. */
    Verdict check(long nowNanos, boolean busy, long costMicroEuros) {
        if (closing) {
            return Verdict.CARRY_ON;
        }
        if (busy) { // nobody is cut off: limits are looked at in a pause
            lastActivityNanos = nowNanos;
            return Verdict.CARRY_ON;
        }
        if (limits.capsCost() && costMicroEuros >= limits.maxCostMicroEuros()) {
            return close(Verdict.CLOSE_COST_CAP);
        }
        if (nowNanos - startedNanos >= limits.maxConversation().toNanos()) {
            return close(Verdict.CLOSE_TOO_LONG);
        }
        if (nowNanos - lastActivityNanos < limits.silence().toNanos()) {
            return Verdict.CARRY_ON;
        }
        if (askedIfThere) {
            return close(Verdict.CLOSE_SILENT);
        }
        askedIfThere = true;
        lastActivityNanos = nowNanos;
        return Verdict.ASK_IF_STILL_THERE;
    }

    boolean isClosing() {
        return closing;
    }

    private Verdict close(Verdict verdict) {
        closing = true;
        return verdict;
    }

    /** What the agent is told to say for a verdict (the model answers in the conversation's language). */
    static String instructions(Verdict verdict) {
        return switch (verdict) {
            case ASK_IF_STILL_THERE -> "The caller has been silent for a while. Ask once, briefly and kindly, "
                    + "whether they are still there.";
            case CLOSE_SILENT -> "The caller no longer answers. Say briefly that you are hanging up and that they "
                    + "can call back any time, then say goodbye.";
            case CLOSE_TOO_LONG -> "This call has reached its maximum length. Briefly sum up what was agreed, "
                    + "apologise that you must end the call, invite the caller to call back if needed, and say goodbye.";
            case CLOSE_COST_CAP -> "This call must end now. Briefly sum up what was agreed, apologise, invite the "
                    + "caller to call back or to leave a message if something is left, and say goodbye.";
            case CARRY_ON -> throw new IllegalArgumentException("nothing to say");
        };
    }

    /** The reason stored on the call record when the agent ended the call. */
    static String endReason(Verdict verdict) {
        return switch (verdict) {
            case CLOSE_SILENT -> "BYE sent (caller silent)";
            case CLOSE_TOO_LONG -> "BYE sent (maximum conversation length)";
            case CLOSE_COST_CAP -> "BYE sent (cost cap reached)";
            default -> "BYE sent by the agent";
        };
    }
}
