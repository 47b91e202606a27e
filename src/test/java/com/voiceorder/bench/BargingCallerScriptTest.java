package com.voiceorder.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voiceorder.testing.ScriptedRealtimeServer;
import com.voiceorder.voice.AgentAudio;
import com.voiceorder.voice.AudioCodec;
import com.voiceorder.voice.ResponseDone;
import com.voiceorder.voice.SessionClosed;
import com.voiceorder.voice.SessionConfig;
import com.voiceorder.voice.ToolCall;
import com.voiceorder.voice.TurnDetection;
import com.voiceorder.voice.VoiceConfig;
import com.voiceorder.voice.VoiceSession;
import com.voiceorder.voice.VoiceSessionListener;
import com.voiceorder.voice.openai.OpenAiRealtimeAgent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The benchmark's model script on a load server, heard through the real Realtime adapter. */
class BargingCallerScriptTest {

    private final BargingCallerScript script = new BargingCallerScript(1);
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ClientManager client = ClientManager.createClient();
    private ScriptedRealtimeServer server;

    @AfterEach
    void stop() {
        client.shutdown();
        if (server != null) {
            server.close();
        }
        script.close();
        executor.shutdownNow();
    }

    @Test
    void the_agent_talks_faster_than_real_time_and_is_interrupted_every_turn_while_caller_audio_is_counted()
            throws Exception {
        server = ScriptedRealtimeServer.startForLoad(script);
        Listener listener = new Listener();
        OpenAiRealtimeAgent agent = new OpenAiRealtimeAgent(new VoiceConfig("sk-test", server.url(), "gpt-realtime",
                "marin", null, Duration.ofSeconds(8)), client, executor);
        SessionConfig config = new SessionConfig("Bench", List.of(), null, AudioCodec.PCMA,
                TurnDetection.ServerVad.defaults(), "fr", "Bonjour !");
        VoiceSession session = agent.open(config, listener).toCompletableFuture().get(10, TimeUnit.SECONDS);
        for (int i = 0; i < 10; i++) {
            session.sendCallerAudio(new byte[160]);
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> listener.responses.size() >= 2 && listener.speechStarted.get() >= 2);

        assertThat(server.appendsReceived()).isEqualTo(10);
        assertThat(server.openConnections()).isEqualTo(1);
        assertThat(script.sessions()).isEqualTo(1);
        ResponseDone interrupted = listener.responses.get(0);
        ResponseDone played = listener.responses.get(1);
        assertThat(interrupted.status()).isEqualTo("cancelled");
        assertThat(listener.bytes(interrupted.responseId())).as("8 s asked, cut at 1.5 s × 4, late audio dropped")
                .isPositive().isLessThan(8_000 * 8);
        assertThat(played.status()).isEqualTo("completed");
        assertThat(listener.bytes(played.responseId())).isEqualTo(4_000 * 8);

        session.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> server.openConnections() == 0);
    }

    private static final class Listener implements VoiceSessionListener {
        final Map<String, Integer> audioBytes = new ConcurrentHashMap<>();
        final List<ResponseDone> responses = new CopyOnWriteArrayList<>();
        final AtomicInteger speechStarted = new AtomicInteger();

        int bytes(String responseId) {
            return audioBytes.getOrDefault(responseId, 0);
        }

        @Override
        public void onAgentAudio(AgentAudio audio) {
            audioBytes.merge(audio.responseId(), audio.audio().length, Integer::sum);
        }

        @Override
        public void onSpeechStarted() {
            speechStarted.incrementAndGet();
        }

        @Override
        public void onResponseDone(ResponseDone done) {
            responses.add(done);
        }

        @Override
        public void onToolCall(ToolCall call) {
        }

        @Override
        public void onClosed(SessionClosed closed) {
        }
    }
}
