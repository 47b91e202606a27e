package com.voiceorder.calls.infrastructure;

import com.voiceorder.calls.application.AgentPrices;
import com.voiceorder.voice.VoiceAgent;
import com.voiceorder.voice.VoiceConfig;
import com.voiceorder.voice.openai.OpenAiRealtimeAgent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glassfish.tyrus.client.ClientManager;

/**
 * The OpenAI Realtime agent, configured from {@code voiceorder.openai.*} (the key from the
 * environment: {@code VOICEORDER_OPENAI_API_KEY}), its WebSocket threads from Liberty's managed
 * thread factory; and the price table used to estimate each call's cost.
 */
@ApplicationScoped
public class VoiceAgentProducer {

    private static final Logger LOG = Logger.getLogger(VoiceAgentProducer.class.getName());
    private static final int SOCKET_WORKER_THREADS = 4;

    @Inject
    @ConfigProperty(name = "voiceorder.openai.api-key")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "voiceorder.openai.realtime-url", defaultValue = VoiceConfig.DEFAULT_URL)
    String realtimeUrl;

    @Inject
    @ConfigProperty(name = "voiceorder.openai.model", defaultValue = VoiceConfig.DEFAULT_MODEL)
    String model;

    @Inject
    @ConfigProperty(name = "voiceorder.openai.voice", defaultValue = VoiceConfig.DEFAULT_VOICE)
    String voice;

    @Inject
    @ConfigProperty(name = "voiceorder.openai.transcription-model",
            defaultValue = VoiceConfig.DEFAULT_TRANSCRIPTION_MODEL)
    String transcriptionModel;

    @Inject
    @ConfigProperty(name = "voiceorder.openai.price.audio-input", defaultValue = "32")
    double audioInputPrice;

    @Inject
    @ConfigProperty(name = "voiceorder.openai.price.cached-input", defaultValue = "0.40")
    double cachedInputPrice;

    @Inject
    @ConfigProperty(name = "voiceorder.openai.price.audio-output", defaultValue = "64")
    double audioOutputPrice;

    @Inject
    @ConfigProperty(name = "voiceorder.openai.price.text-input", defaultValue = "4")
    double textInputPrice;

    @Inject
    @ConfigProperty(name = "voiceorder.openai.price.text-output", defaultValue = "16")
    double textOutputPrice;

    @Resource
    ManagedThreadFactory threadFactory;

    private ClientManager client;

    @Resource(lookup = "concurrent/voiceorderExecutor")
    ManagedExecutorService executor;

    @Produces
    @ApplicationScoped
    VoiceAgent voiceAgent() {
        VoiceConfig config = new VoiceConfig(apiKey.orElse(""), URI.create(realtimeUrl), model, voice,
                transcriptionModel, Duration.ofSeconds(5));
        LOG.info(() -> config.isConfigured()
                ? "AI agent on: " + config.model() + " at " + config.realtimeUrl()
                : "AI agent off (no voiceorder.openai.api-key): every call goes to voicemail");
        client = OpenAiRealtimeAgent.sharedClient(threadFactory, SOCKET_WORKER_THREADS);
        return new OpenAiRealtimeAgent(config, client, executor);
    }

    @PreDestroy
    void closeSockets() {
        if (client != null) {
            client.shutdown();
        }
    }

    @Produces
    @Singleton
    AgentPrices agentPrices() {
        return new AgentPrices(audioInputPrice, cachedInputPrice, audioOutputPrice, textInputPrice, textOutputPrice);
    }
}
