package com.voiceorder.calls.application;

import java.time.Duration;

/**
 * How long an agent call may go on (keys {@code voiceorder.agent.*}).
 *
 * @param silence          caller and agent both quiet this long: the agent asks once whether the caller is
 *                         still there; as long again with no answer, it says goodbye and hangs up
 * @param maxConversation  the agent closes the call politely at this length
 * @param maxCostMicroEuros the agent closes the call politely once its estimated cost reaches this (0 = no cap)
 */
public record AgentCallLimits(Duration silence, Duration maxConversation, long maxCostMicroEuros) {

    public static final AgentCallLimits DEFAULTS = new AgentCallLimits(Duration.ofSeconds(15), Duration.ofMinutes(20), 0);

    public AgentCallLimits {
        if (silence.isNegative() || silence.isZero() || maxConversation.isNegative() || maxConversation.isZero()
                || maxCostMicroEuros < 0) {
            throw new IllegalArgumentException("Agent call limits must be positive (cost cap: 0 for none)");
        }
    }

    public boolean capsCost() {
        return maxCostMicroEuros > 0;
    }
}
