package com.voiceorder.voice.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.voiceorder.voice.SessionConfig;
import com.voiceorder.voice.VoiceAgent;
import com.voiceorder.voice.VoiceAgentUnavailableException;
import com.voiceorder.voice.VoiceConfig;
import com.voiceorder.voice.VoiceSession;
import com.voiceorder.voice.VoiceSessionListener;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;
import org.glassfish.tyrus.container.grizzly.client.GrizzlyClientProperties;

/**
 * The OpenAI Realtime API (GA) over WebSocket as a {@link VoiceAgent}: G.711 passed through both ways
 * ({@code audio/pcmu} or {@code audio/pcma}, as the call negotiated), server or semantic VAD, caller
 * transcription, function tools. Without an API key every {@code open} fails at once (degraded mode:
 * the caller goes to voicemail).
 */
public final class OpenAiRealtimeAgent implements VoiceAgent {

    private final VoiceConfig config;
    private final ClientManager client;
    private final Executor executor;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param client   a WebSocket client, e.g. {@link #sharedClient}
     * @param executor runs connections, sends and completions (a managed executor in the server)
     */
    public OpenAiRealtimeAgent(VoiceConfig config, ClientManager client, Executor executor) {
        this.config = Objects.requireNonNull(config, "config");
        this.client = Objects.requireNonNull(client, "client");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * A Tyrus client whose connections share one Grizzly transport, with its selector and worker
     * threads made by {@code threads} (a managed thread factory in the server).
     */
    public static ClientManager sharedClient(ThreadFactory threads, int workerThreads) {
        ClientManager client = ClientManager.createClient();
        client.getProperties().put(ClientProperties.SHARED_CONTAINER, true);
        client.getProperties().put(GrizzlyClientProperties.SELECTOR_THREAD_POOL_CONFIG,
                ThreadPoolConfig.defaultConfig().setPoolName("realtime-selector").setThreadFactory(threads)
                        .setCorePoolSize(1).setMaxPoolSize(1));
        client.getProperties().put(GrizzlyClientProperties.WORKER_THREAD_POOL_CONFIG,
                ThreadPoolConfig.defaultConfig().setPoolName("realtime-worker").setThreadFactory(threads)
                        .setCorePoolSize(workerThreads).setMaxPoolSize(workerThreads));
        return client;
    }

    @Override
    public boolean isConfigured() {
        return config.isConfigured();
    }

    @Override
    public CompletionStage<VoiceSession> open(SessionConfig session, VoiceSessionListener listener) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(listener, "listener");
        if (!config.isConfigured()) {
            return CompletableFuture.failedFuture(new VoiceAgentUnavailableException(
                    "No OpenAI API key is configured (voiceorder.openai.api-key)"));
        }
        OpenAiRealtimeSession opening;
        try {
            opening = new OpenAiRealtimeSession(session, config, listener, client, executor, json);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new VoiceAgentUnavailableException(e.getMessage(), e));
        }
        return opening.start();
    }
}
