package com.voiceorder.calls.infrastructure;

import com.voiceorder.calls.application.AgentCallLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Silence, length and cost limits of agent calls, from {@code voiceorder.agent.*}. */
@ApplicationScoped
public class AgentCallLimitsProducer {

    @Inject
    @ConfigProperty(name = "voiceorder.agent.silence-seconds", defaultValue = "15")
    long silenceSeconds;

    @Inject
    @ConfigProperty(name = "voiceorder.agent.max-conversation-minutes", defaultValue = "20")
    long maxConversationMinutes;

    /** Euros; 0 = no cap. */
    @Inject
    @ConfigProperty(name = "voiceorder.agent.max-cost-per-call", defaultValue = "0")
    double maxCostPerCall;

    @Produces
    @Singleton // a record cannot be proxied
    AgentCallLimits agentCallLimits() {
        return new AgentCallLimits(Duration.ofSeconds(silenceSeconds), Duration.ofMinutes(maxConversationMinutes),
                Math.round(maxCostPerCall * 1_000_000));
    }
}
