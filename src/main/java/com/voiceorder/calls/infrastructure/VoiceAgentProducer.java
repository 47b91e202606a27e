package com.voiceorder.calls.infrastructure;

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
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glassfish.tyrus.client.ClientManager;

/**
 * Fills {@link VoiceConfig} from {@code voiceorder.openai.*} and provides the {@link VoiceAgent}. The API
 * key is read from the environment only ({@code VOICEORDER_OPENAI_API_KEY}); without it the agent is
 * "not configured" and every call goes to voicemail.
 */
@ApplicationScoped
public class VoiceAgentProducer {

    static final String API_KEY_VARIABLE = "VOICEORDER_OPENAI_API_KEY";
    private static final int WEBSOCKET_WORKER_THREADS = 4;
    private static final Logger LOG = Logger.getLogger(VoiceAgentProducer.class.getName());

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
    @ConfigProperty(name = "voiceorder.openai.connect-timeout-ms", defaultValue = "5000")
    long connectTimeoutMillis;

    @Inject
    @ConfigProperty(name = "voiceorder.openai.session-renewal-minutes", defaultValue = "55")
    long sessionRenewalMinutes;

    @Resource
    ManagedThreadFactory threadFactory;

    @Resource(lookup = "concurrent/voiceorderExecutor")
    ManagedExecutorService executor;

    private ClientManager client;

    @Produces
    @Singleton // a record cannot be proxied
    VoiceConfig voiceConfig() {
        VoiceConfig config = new VoiceConfig(System.getenv(API_KEY_VARIABLE), URI.create(realtimeUrl), model, voice,
                transcriptionModel, Duration.ofMillis(connectTimeoutMillis), Duration.ofMinutes(sessionRenewalMinutes));
        if (!config.isConfigured()) {
            LOG.warning(() -> "No OpenAI API key in " + API_KEY_VARIABLE + ": the AI agent is off, calls go to voicemail");
        }
        LOG.info(() -> "Voice agent: " + config);
        return config;
    }

    @Produces
    @Singleton
    VoiceAgent voiceAgent(VoiceConfig config) {
        synchronized (this) {
            if (client == null) {
                client = OpenAiRealtimeAgent.sharedClient(threadFactory, WEBSOCKET_WORKER_THREADS);
            }
        }
        return new OpenAiRealtimeAgent(config, client, executor);
    }

    @PreDestroy
    synchronized void stop() {
        if (client != null) {
            client.shutdown();
            client = null;
        }
    }
}
