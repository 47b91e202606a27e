package com.voiceorder.calls.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.calls.application.CallJournal.StartedCall;
import com.voiceorder.telephony.call.OutboundAudio;
import com.voiceorder.telephony.media.G711;
import com.voiceorder.telephony.rtp.PacedStream;
import com.voiceorder.telephony.rtp.RtpPacer;
import com.voiceorder.testing.ScriptedRealtimeServer;
import com.voiceorder.voice.AudioCodec;
import com.voiceorder.voice.SessionConfig;
import com.voiceorder.voice.TurnDetection;
import com.voiceorder.voice.VoiceConfig;
import com.voiceorder.voice.VoiceSession;
import com.voiceorder.voice.openai.OpenAiRealtimeAgent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agent's silence, length and cost limits on a call: the real Realtime adapter against the scripted
 * Realtime server, the agent's audio through a real pacer queue; the call leg records its hang-up.
 */
class ConversationLimitsTest {

    private ScriptedRealtimeServer server;
    private ExecutorService executor;
    private ClientManager client;
    private RtpPacer pacer;
    private final PacedStream outbound = new PacedStream(G711.PCMA, (frame, skipped) -> { }, 10_000);
    private final QueuedAudioCall call = new QueuedAudioCall(outbound);

    @BeforeEach
    void start() throws Exception {
        server = ScriptedRealtimeServer.start();
        executor = Executors.newCachedThreadPool();
        client = ClientManager.createClient();
        pacer = new RtpPacer(1, Executors.defaultThreadFactory());
        pacer.add(outbound);
    }

    @AfterEach
    void stop() {
        pacer.close();
        client.shutdown();
        server.close();
        executor.shutdownNow();
    }

    private ScriptedRealtimeServer.Connection answeredWith(AgentCallLimits limits) throws Exception {
        AgentConversation conversation = new AgentConversation(new StartedCall(1L, 2L, 3L, null), invocation -> null,
                AgentPrices.GPT_REALTIME, new JournalSteps(null, task -> { }, 1L), executor, Clock.systemUTC(),
                answered -> null, new BridgeStatistics(), limits);
        VoiceSession session = new OpenAiRealtimeAgent(new VoiceConfig("test-key", server.url(), null, null, null,
                Duration.ofSeconds(8)), client, executor)
                .open(new SessionConfig("Tu prends les commandes.", List.of(), null, AudioCodec.PCMA,
                        TurnDetection.ServerVad.defaults(), "fr", null), conversation)
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
        conversation.answer(call, session);
        return server.connection(0);
    }

    /** The agent says something: one response with 300 ms of audio. */
    private static void agentSays(ScriptedRealtimeServer.Connection connection, String responseId, long... usage) {
        connection.responseCreated(responseId);
        connection.audioDeltas(responseId, "item_" + responseId, new byte[2400], 800);
        connection.responseDone(responseId, "completed", null, usage);
    }

    private static JsonNode awaitAsked(ScriptedRealtimeServer.Connection connection, String words) {
        return connection.awaitReceived("response.create",
                event -> event.path("response").path("instructions").asText().contains(words));
    }

    @Test
    void a_silent_caller_is_asked_once_if_still_there_then_told_goodbye_and_hung_up_on() throws Exception {
        var connection = answeredWith(new AgentCallLimits(Duration.ofMillis(400), Duration.ofMinutes(20), 0));

        awaitAsked(connection, "still there");
        agentSays(connection, "resp_check");
        assertThat(call.hungUpNanos()).isZero();

        awaitAsked(connection, "hanging up");
        long goodbyeSentAt = System.nanoTime();
        agentSays(connection, "resp_bye");

        await().atMost(Duration.ofSeconds(10)).until(() -> call.hungUpNanos() != 0);
        assertThat(call.hungUpNanos() - goodbyeSentAt).as("the goodbye was played first")
                .isGreaterThan(TimeUnit.MILLISECONDS.toNanos(300));
    }

    @Test
    void a_caller_who_answers_the_check_in_is_not_hung_up_on() throws Exception {
        var connection = answeredWith(new AgentCallLimits(Duration.ofMillis(400), Duration.ofMinutes(20), 0));
        awaitAsked(connection, "still there");
        agentSays(connection, "resp_check");

        connection.speechStarted("item_u1", 1000);
        connection.speechStopped("item_u1", 1600);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> connection.received("response.create").size() == 2);
        assertThat(connection.received("response.create").get(1).path("response").path("instructions").asText())
                .as("asked again, not dismissed").contains("still there");
        assertThat(call.hungUpNanos()).isZero();
    }

    @Test
    void the_cost_cap_closes_the_call_politely_in_the_next_pause() throws Exception {
        var connection = answeredWith(new AgentCallLimits(Duration.ofMinutes(1), Duration.ofMinutes(20), 50_000));

        agentSays(connection, "resp_1", 100, 500, 0, 50, 1000); // 0.064 € of audio out alone

        awaitAsked(connection, "must end now");
        agentSays(connection, "resp_bye");
        await().atMost(Duration.ofSeconds(10)).until(() -> call.hungUpNanos() != 0);
    }

    @Test
    void a_call_at_its_maximum_length_is_summed_up_and_closed() throws Exception {
        var connection = answeredWith(new AgentCallLimits(Duration.ofMinutes(1), Duration.ofMillis(600), 0));

        JsonNode closing = awaitAsked(connection, "maximum length");
        assertThat(closing.path("response").path("instructions").asText()).contains("sum up");
        agentSays(connection, "resp_bye");
        await().atMost(Duration.ofSeconds(10)).until(() -> call.hungUpNanos() != 0);
        assertThat(connection.received("response.create")).hasSize(1);
    }

    /** An answered call over a real outbound queue; records when it was hung up. */
}
