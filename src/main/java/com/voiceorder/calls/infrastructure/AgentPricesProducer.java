package com.voiceorder.calls.infrastructure;

import com.voiceorder.calls.application.AgentPrices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The AI price table used to estimate each call's cost, from {@code voiceorder.openai.price.*} (€ per 1M tokens). */
@ApplicationScoped
public class AgentPricesProducer {

    @Inject
    @ConfigProperty(name = "voiceorder.openai.price.audio-input", defaultValue = "32")
    double audioInput;

    @Inject
    @ConfigProperty(name = "voiceorder.openai.price.cached-input", defaultValue = "0.40")
    double cachedInput;

    @Inject
    @ConfigProperty(name = "voiceorder.openai.price.audio-output", defaultValue = "64")
    double audioOutput;

    @Inject
    @ConfigProperty(name = "voiceorder.openai.price.text-input", defaultValue = "4")
    double textInput;

    @Inject
    @ConfigProperty(name = "voiceorder.openai.price.text-output", defaultValue = "16")
    double textOutput;

    @Produces
    @Singleton // a record cannot be proxied
    AgentPrices agentPrices() {
        return new AgentPrices(audioInput, cachedInput, audioOutput, textInput, textOutput);
    }
}
