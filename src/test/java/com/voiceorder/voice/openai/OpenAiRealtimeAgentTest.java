package com.voiceorder.voice.openai;

import com.voiceorder.testing.ScriptedRealtimeServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.voice.AudioCodec;
import com.voiceorder.voice.SessionClosed;
import com.voiceorder.voice.SessionConfig;
import com.voiceorder.voice.ToolCall;
import com.voiceorder.voice.ToolDefinition;
import com.voiceorder.voice.Transcript;
import com.voiceorder.voice.TurnDetection;
import com.voiceorder.voice.VoiceAgentUnavailableException;
import com.voiceorder.voice.VoiceConfig;
import com.voiceorder.voice.VoiceSession;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Realtime adapter against a local server speaking the GA protocol, one scenario per test. */
class OpenAiRealtimeAgentTest {

    private static final String TOOL_SCHEMA = """
            {"type":"object","properties":{"items":{"type":"array","items":{"type":"string"}}},"required":["items"]}""";

    private ScriptedRealtimeServer server;
    private ExecutorService executor;
    private ClientManager client;
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void startServer() throws Exception {
        server = ScriptedRealtimeServer.start();
        executor = Executors.newCachedThreadPool();
        client = ClientManager.createClient();
    }

    @AfterEach
    void stopServer() {
        client.shutdown();
        server.close();
        executor.shutdownNow();
    }

    private OpenAiRealtimeAgent agent(URI url) {
        return agent(url, Duration.ofSeconds(8)); // generous: the first connection of a JVM is slow here
    }

    private OpenAiRealtimeAgent agent(URI url, Duration connectTimeout) {
        return new OpenAiRealtimeAgent(new VoiceConfig("test-key", url, "gpt-realtime", "marin", null,
                connectTimeout), client, executor);
    }

    private static SessionConfig config(AudioCodec codec, TurnDetection detection, String greeting) {
        return new SessionConfig("Tu prends les commandes de la pizzeria.",
                List.of(new ToolDefinition("confirm_order", "Confirms the order", TOOL_SCHEMA)), null, codec,
                detection, "fr", greeting);
    }

    private VoiceSession open(SessionConfig config) throws Exception {
        return agent(server.url()).open(config, listener).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private VoiceSession open() throws Exception {
        return open(config(AudioCodec.PCMU, TurnDetection.ServerVad.defaults(), null));
    }

    private static byte[] audio(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + seed);
        }
        return bytes;
    }

    @Test
    void the_session_is_configured_with_the_GA_shape_and_the_call_codec_both_ways() throws Exception {
        open(config(AudioCodec.PCMA, new TurnDetection.ServerVad(0.7, 650), "Bonjour Mohamed !"));

        var handshake = server.handshakes().get(0);
        assertThat(handshake.header("Authorization")).isEqualTo("Bearer test-key");
        assertThat(handshake.header("OpenAI-Beta")).isNull();
        assertThat(handshake.query()).isEqualTo("model=gpt-realtime");
        var connection = server.connection(0);
        JsonNode session = connection.awaitReceived("session.update").path("session");
        assertThat(session.path("type").asText()).isEqualTo("realtime");
        assertThat(session.path("instructions").asText()).isEqualTo("Tu prends les commandes de la pizzeria.");
        assertThat(session.path("audio").path("input").path("format").path("type").asText()).isEqualTo("audio/pcma");
        assertThat(session.path("audio").path("output").path("format").path("type").asText()).isEqualTo("audio/pcma");
        assertThat(session.path("audio").path("output").path("voice").asText()).isEqualTo("marin");
        JsonNode vad = session.path("audio").path("input").path("turn_detection");
        assertThat(vad.path("type").asText()).isEqualTo("server_vad");
        assertThat(vad.path("threshold").asDouble()).isEqualTo(0.7);
        assertThat(vad.path("silence_duration_ms").asInt()).isEqualTo(650);
        assertThat(vad.path("interrupt_response").asBoolean()).isTrue();
        JsonNode transcription = session.path("audio").path("input").path("transcription");
        assertThat(transcription.path("language").asText()).isEqualTo("fr");
        assertThat(transcription.path("model").asText()).isEqualTo("gpt-4o-mini-transcribe");
        JsonNode tool = session.path("tools").get(0);
        assertThat(tool.path("type").asText()).isEqualTo("function");
        assertThat(tool.path("name").asText()).isEqualTo("confirm_order");
        assertThat(tool.path("parameters").path("required").get(0).asText()).isEqualTo("items");
        JsonNode greeting = connection.awaitReceived("response.create");
        assertThat(greeting.path("response").path("instructions").asText()).contains("Bonjour Mohamed !");
    }

    @Test
    void semantic_turn_detection_is_sent_with_its_eagerness() throws Exception {
        open(config(AudioCodec.PCMU, new TurnDetection.SemanticVad(TurnDetection.Eagerness.LOW), null));

        JsonNode vad = server.connection(0).awaitReceived("session.update")
                .path("session").path("audio").path("input").path("turn_detection");
        assertThat(vad.path("type").asText()).isEqualTo("semantic_vad");
        assertThat(vad.path("eagerness").asText()).isEqualTo("low");
        assertThat(server.connection(0).received("response.create")).as("no greeting configured").isEmpty();
    }

    @Test
    void caller_audio_is_appended_unchanged_in_base64() throws Exception {
        VoiceSession session = open();
        byte[] first = audio(160, 1);
        byte[] second = audio(160, 2);

        session.sendCallerAudio(first);
        session.sendCallerAudio(second);

        var connection = server.connection(0);
        await().until(() -> connection.received("input_audio_buffer.append").size() == 2);
        byte[] expected = new byte[320];
        System.arraycopy(first, 0, expected, 0, 160);
        System.arraycopy(second, 0, expected, 160, 160);
        assertThat(connection.appendedAudio()).isEqualTo(expected);
    }

    @Test
    void caller_audio_with_a_receive_time_reports_that_time_once_written_and_plain_audio_reports_nothing()
            throws Exception {
        VoiceSession session = open();
        long received = System.nanoTime();

        session.sendCallerAudio(audio(160, 1), received);
        session.sendCallerAudio(audio(160, 2));
        session.sendCallerAudio(audio(160, 3), received + 5);

        var connection = server.connection(0);
        await().until(() -> connection.received("input_audio_buffer.append").size() == 3);
        await().until(() -> listener.callerAudioSent.size() == 2);
        assertThat(listener.callerAudioSent).extracting(pair -> pair[0]).containsExactly(received, received + 5);
        assertThat(listener.callerAudioSent).allSatisfy(pair -> assertThat(pair[1]).isGreaterThan(pair[0]));
    }

    @Test
    void agent_audio_and_speech_started_carry_the_time_their_event_arrived() throws Exception {
        open();
        var connection = server.connection(0);
        long before = System.nanoTime();

        connection.responseCreated("resp_1");
        connection.audioDeltas("resp_1", "item_a", audio(800, 3), 500);
        connection.speechStarted("item_u1", 40);

        await().until(() -> listener.speechStartedNanos.size() == 1);
        long after = System.nanoTime();
        assertThat(listener.audio).hasSize(2).allSatisfy(chunk -> assertThat(chunk.receivedNanos()).isBetween(before, after));
        assertThat(listener.speechStartedNanos.get(0)).isBetween(listener.audio.get(1).receivedNanos(), after);
        assertThat(listener.speechStarted).hasValue(1);
    }

    @Test
    void agent_audio_in_uneven_chunks_reaches_the_listener_whole_and_in_order() throws Exception {
        open();
        var connection = server.connection(0);
        byte[] speech = audio(4000, 7);

        connection.responseCreated("resp_1");
        connection.audioDeltas("resp_1", "item_a", speech, 1, 333, 4096, 27, 800);
        connection.responseDone("resp_1", "completed", null, 120, 40, 100, 12, 250);

        await().until(() -> listener.responses.size() == 1);
        assertThat(listener.agentAudio()).isEqualTo(speech);
        assertThat(listener.audio).allSatisfy(chunk -> assertThat(chunk.itemId()).isEqualTo("item_a"));
        var done = listener.responses.get(0);
        assertThat(done.completed()).isTrue();
        assertThat(done.usage().inputTextTokens()).isEqualTo(120);
        assertThat(done.usage().inputAudioTokens()).isEqualTo(40);
        assertThat(done.usage().cachedInputTokens()).isEqualTo(100);
        assertThat(done.usage().outputTextTokens()).isEqualTo(12);
        assertThat(done.usage().outputAudioTokens()).isEqualTo(250);
    }

    @Test
    void speech_events_and_both_transcripts_are_reported() throws Exception {
        open();
        var connection = server.connection(0);

        connection.speechStarted("item_u1", 120);
        connection.speechStopped("item_u1", 1500);
        connection.callerTranscriptionCompleted("item_u1", "Une margherita s'il vous plaît");
        connection.agentTranscriptDone("resp_1", "item_a1", "Une margherita, c'est noté.");

        await().until(() -> listener.transcripts.size() == 2);
        assertThat(listener.speechStarted).hasValue(1);
        assertThat(listener.speechStopped).hasValue(1);
        assertThat(listener.transcripts).containsExactly(
                new Transcript(Transcript.Speaker.CALLER, "item_u1", "Une margherita s'il vous plaît"),
                new Transcript(Transcript.Speaker.AGENT, "item_a1", "Une margherita, c'est noté."));
    }

    @Test
    void a_tool_call_is_delivered_after_its_response_and_its_result_continues_the_conversation() throws Exception {
        VoiceSession session = open();
        var connection = server.connection(0);
        String arguments = "{\"items\":[\"margherita\",\"tiramisu\"]}";

        connection.responseCreated("resp_2");
        connection.functionCall("resp_2", "item_f", "call_42", "confirm_order", arguments);
        connection.responseDone("resp_2", "completed", null);
        await().until(() -> listener.toolCalls.size() == 1);
        assertThat(listener.toolCalls.get(0)).isEqualTo(new ToolCall("call_42", "confirm_order", arguments, false));

        session.submitToolResult("call_42", "{\"orderNumber\":17}");

        JsonNode output = connection.awaitReceived("conversation.item.create");
        assertThat(output.path("item").path("type").asText()).isEqualTo("function_call_output");
        assertThat(output.path("item").path("call_id").asText()).isEqualTo("call_42");
        assertThat(output.path("item").path("output").asText()).isEqualTo("{\"orderNumber\":17}");
        await().until(() -> !connection.received("response.create").isEmpty());
        List<String> types = connection.received().stream().map(e -> e.path("type").asText()).toList();
        assertThat(types.indexOf("response.create")).isGreaterThan(types.indexOf("conversation.item.create"));

        session.submitToolResult("call_42", "{\"orderNumber\":18}");
        session.submitToolResult("call_unknown", "{}");
        connection.rateLimits(99, 4000); // a marker: everything sent before it has arrived
        await().until(() -> listener.rateLimits.size() == 1);
        assertThat(connection.received("conversation.item.create")).as("answered once only").hasSize(1);
    }

    @Test
    void barge_in_truncates_the_agent_item_at_the_audio_actually_played_and_drops_its_late_audio() throws Exception {
        VoiceSession session = open();
        var connection = server.connection(0);
        listener.onBargeIn = () -> session.truncatePlayed(40); // the pacer had sent 40 ms when the flush came

        connection.responseCreated("resp_3");
        connection.audioDeltas("resp_3", "item_b", audio(800, 3), 160); // 100 ms received
        connection.speechStarted("item_u2", 3000);
        connection.audioDeltas("resp_3", "item_b", audio(400, 4), 400); // arrives after the interruption
        connection.responseDone("resp_3", "cancelled", "turn_detected");

        JsonNode truncate = connection.awaitReceived("conversation.item.truncate");
        assertThat(truncate.path("item_id").asText()).isEqualTo("item_b");
        assertThat(truncate.path("content_index").asInt()).isZero();
        assertThat(truncate.path("audio_end_ms").asLong()).isEqualTo(40);
        await().until(() -> listener.responses.size() == 1);
        assertThat(listener.agentAudio()).hasSize(800);
        assertThat(listener.responses.get(0).reason()).isEqualTo("turn_detected");
    }

    @Test
    void truncation_never_claims_more_audio_than_was_received() throws Exception {
        VoiceSession session = open();
        var connection = server.connection(0);

        connection.responseCreated("resp_4");
        connection.audioDeltas("resp_4", "item_c", audio(400, 5), 160); // 50 ms
        connection.audioDeltas("resp_4", "item_d", audio(800, 6), 160); // 100 ms
        await().until(() -> listener.agentAudio().length == 1200);
        session.truncatePlayed(70); // 50 ms of item_c, then 20 ms of item_d

        JsonNode truncate = connection.awaitReceived("conversation.item.truncate");
        assertThat(truncate.path("item_id").asText()).isEqualTo("item_d");
        assertThat(truncate.path("audio_end_ms").asLong()).isEqualTo(20);
        assertThat(connection.received("conversation.item.truncate")).hasSize(1);
    }

    @Test
    void a_tool_call_of_a_response_cancelled_by_barge_in_is_flagged_and_never_answered() throws Exception {
        VoiceSession session = open();
        var connection = server.connection(0);

        connection.responseCreated("resp_5");
        connection.functionCall("resp_5", "item_g", "call_7", "confirm_order", "{\"items\":[\"calzone\"]}");
        connection.speechStarted("item_u3", 5000);
        connection.responseDone("resp_5", "cancelled", "turn_detected");

        await().until(() -> listener.toolCalls.size() == 1);
        assertThat(listener.toolCalls.get(0).cancelled()).isTrue();
        session.submitToolResult("call_7", "{\"orderNumber\":1}");
        connection.rateLimits(1, 1);
        await().until(() -> listener.rateLimits.size() == 1);
        assertThat(connection.received("conversation.item.create")).isEmpty();
    }

    @Test
    void errors_and_rate_limits_are_reported_and_the_session_goes_on() throws Exception {
        VoiceSession session = open();
        var connection = server.connection(0);

        connection.error("invalid_request_error", "item_truncate_invalid", "audio_end_ms too large", "vo_9");
        connection.rateLimits(998, 41000);
        await().until(() -> listener.rateLimits.size() == 1);

        assertThat(listener.errors).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("item_truncate_invalid");
            assertThat(error.message()).isEqualTo("audio_end_ms too large");
        });
        assertThat(listener.rateLimits.get(0)).extracting("name", "remaining")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("requests", 998L),
                        org.assertj.core.groups.Tuple.tuple("tokens", 41000L));
        session.sendCallerAudio(audio(160, 9));
        await().until(() -> connection.received("input_audio_buffer.append").size() == 1);
        assertThat(listener.closed).isEmpty();
    }

    @Test
    void a_dropped_connection_is_restored_once_with_the_conversation_replayed() throws Exception {
        VoiceSession session = open();
        var first = server.connection(0);
        first.speechStarted("item_u1", 100);
        first.callerTranscriptionCompleted("item_u1", "Je voudrais une pizza");
        first.responseCreated("resp_1");
        first.agentTranscriptDone("resp_1", "item_a1", "Laquelle ?");
        first.responseDone("resp_1", "completed", null);
        first.responseCreated("resp_2");
        first.functionCall("resp_2", "item_f", "call_1", "confirm_order", "{\"items\":[\"regina\"]}");
        first.responseDone("resp_2", "completed", null);
        await().until(() -> listener.toolCalls.size() == 1);
        session.submitToolResult("call_1", "{\"orderNumber\":5}");
        first.awaitReceived("response.create");

        first.drop();

        var second = server.connection(1);
        second.awaitReceived("session.update");
        await().until(() -> second.received("conversation.item.create").size() == 4);
        List<JsonNode> items = second.received("conversation.item.create").stream().map(e -> e.path("item")).toList();
        assertThat(items.get(0).path("role").asText()).isEqualTo("user");
        assertThat(items.get(0).path("content").get(0).path("type").asText()).isEqualTo("input_text");
        assertThat(items.get(0).path("content").get(0).path("text").asText()).isEqualTo("Je voudrais une pizza");
        assertThat(items.get(1).path("role").asText()).isEqualTo("assistant");
        assertThat(items.get(1).path("content").get(0).path("type").asText()).isEqualTo("output_text");
        assertThat(items.get(1).path("content").get(0).path("text").asText()).isEqualTo("Laquelle ?");
        assertThat(items.get(2).path("type").asText()).isEqualTo("function_call");
        assertThat(items.get(2).path("call_id").asText()).isEqualTo("call_1");
        assertThat(items.get(2).path("arguments").asText()).isEqualTo("{\"items\":[\"regina\"]}");
        assertThat(items.get(3).path("type").asText()).isEqualTo("function_call_output");
        assertThat(items.get(3).path("output").asText()).isEqualTo("{\"orderNumber\":5}");
        second.awaitReceived("response.create"); // the answer to the tool output was owed

        session.sendCallerAudio(audio(160, 1));
        await().until(() -> second.received("input_audio_buffer.append").size() == 1);
        assertThat(listener.closed).isEmpty();
    }

    @Test
    void an_old_session_is_renewed_at_a_pause_with_the_conversation_replayed() throws Exception {
        VoiceSession session = new OpenAiRealtimeAgent(new VoiceConfig("test-key", server.url(), "gpt-realtime",
                "marin", null, Duration.ofSeconds(8), Duration.ofMillis(1500)), client, executor)
                .open(config(AudioCodec.PCMU, TurnDetection.ServerVad.defaults(), null), listener)
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
        var first = server.connection(0);
        first.callerTranscriptionCompleted("item_u1", "Vous êtes ouverts dimanche ?");
        first.responseCreated("resp_1");
        first.agentTranscriptDone("resp_1", "item_a1", "Oui, de midi à 14 h.");

        await("never renewed in the middle of an answer").during(Duration.ofMillis(2500))
                .atMost(Duration.ofSeconds(5)).until(() -> server.connectionCount() == 1);
        first.responseDone("resp_1", "completed", null);

        await().until(() -> server.connectionCount() == 2);
        var second = server.connection(1);
        second.awaitReceived("session.update");
        await().until(() -> second.received("conversation.item.create").size() == 2);
        await().until(() -> !first.isOpen());
        session.sendCallerAudio(audio(160, 1));
        await().until(() -> second.received("input_audio_buffer.append").size() == 1);
        assertThat(second.received("response.create")).as("nobody was waiting for an answer").isEmpty();
        assertThat(listener.closed).isEmpty();
    }

    @Test
    void the_agent_is_asked_to_speak_only_when_it_is_not_already_answering() throws Exception {
        VoiceSession session = open();
        var connection = server.connection(0);
        connection.responseCreated("resp_1");
        connection.audioDeltas("resp_1", "item_a1", audio(320, 2), 320);
        await().until(() -> listener.audio.size() == 1); // the answer is under way
        session.say("Demande si l'appelant est toujours là.");
        connection.responseDone("resp_1", "completed", null);
        await().until(() -> listener.responses.size() == 1);
        assertThat(connection.received("response.create")).as("not while answering").isEmpty();

        session.say("Demande si l'appelant est toujours là.");

        JsonNode asked = connection.awaitReceived("response.create");
        assertThat(asked.path("response").path("instructions").asText()).contains("toujours là");
    }

    @Test
    void a_second_drop_closes_the_session_as_a_failure() throws Exception {
        open();
        server.connection(0).drop();
        server.connection(1).awaitReceived("session.update");
        await().until(() -> server.connection(1).received().size() >= 1);

        server.connection(1).drop();

        await().until(() -> listener.closed.size() == 1);
        assertThat(listener.closed.get(0).reason()).isEqualTo(SessionClosed.Reason.FAILURE);
        assertThat(server.connectionCount()).isEqualTo(2);
    }

    @Test
    void without_an_api_key_no_session_opens_and_nothing_connects() {
        var agent = new OpenAiRealtimeAgent(VoiceConfig.withKey(""), client, executor);

        assertThat(agent.isConfigured()).isFalse();
        assertThatThrownBy(() -> agent.open(config(AudioCodec.PCMU, TurnDetection.ServerVad.defaults(), null), listener)
                .toCompletableFuture().get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(VoiceAgentUnavailableException.class)
                .hasMessageContaining("voiceorder.openai.api-key");
        assertThat(server.connectionCount()).isZero();
    }

    @Test
    void an_unreachable_agent_fails_the_open_after_one_retry() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var agent = agent(URI.create("ws://127.0.0.1:" + closedPort + "/v1/realtime"));

        assertThatThrownBy(() -> agent.open(config(AudioCodec.PCMU, TurnDetection.ServerVad.defaults(), null), listener)
                .toCompletableFuture().get(15, TimeUnit.SECONDS))
                .hasCauseInstanceOf(VoiceAgentUnavailableException.class)
                .hasMessageContaining("unreachable");
        assertThat(listener.closed).isEmpty();
    }

    @Test
    void a_silent_agent_is_tried_twice_then_given_up_within_the_connect_timeout() {
        server.stayingSilent();
        var agent = agent(server.url(), Duration.ofSeconds(1));
        long start = System.nanoTime();

        assertThatThrownBy(() -> agent.open(config(AudioCodec.PCMU, TurnDetection.ServerVad.defaults(), null),
                listener).toCompletableFuture().get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(VoiceAgentUnavailableException.class)
                .hasMessageContaining("no session within 1000 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(server.connectionCount()).isEqualTo(2);
    }

    @Test
    void a_refused_session_configuration_fails_the_open_with_the_agents_message() {
        server.refuseSessionUpdate();

        assertThatThrownBy(this::open).hasCauseInstanceOf(VoiceAgentUnavailableException.class)
                .hasMessageContaining("Invalid value: 'audio/nope'");
        assertThat(server.connectionCount()).isEqualTo(1);
    }

    @Test
    void a_tool_with_an_invalid_schema_is_refused_before_connecting() {
        var broken = new SessionConfig("x", List.of(new ToolDefinition("t", "d", "{not json")), null,
                AudioCodec.PCMU, TurnDetection.ServerVad.defaults(), null, null);

        assertThatThrownBy(() -> open(broken)).hasCauseInstanceOf(VoiceAgentUnavailableException.class)
                .hasMessageContaining("parameters of tool t");
        assertThat(server.connectionCount()).isZero();
    }

    @Test
    void closing_reports_closed_once_and_ends_the_connection() throws Exception {
        VoiceSession session = open();
        var connection = server.connection(0);

        session.close();
        session.close();

        await().until(() -> connection.closedWith() != null);
        assertThat(connection.closedWith().getCloseCode().getCode()).isEqualTo(1000);
        assertThat(listener.closed).containsExactly(
                new SessionClosed(SessionClosed.Reason.CLOSED, "closed by the application"));
    }

    @Test
    void the_shared_client_with_given_threads_connects() throws Exception {
        ClientManager shared = OpenAiRealtimeAgent.sharedClient(Executors.defaultThreadFactory(), 2);
        try {
            var agent = new OpenAiRealtimeAgent(new VoiceConfig("k", server.url(), null, null, null, null), shared,
                    executor);
            VoiceSession session = agent.open(config(AudioCodec.PCMU, TurnDetection.ServerVad.defaults(), null),
                    listener).toCompletableFuture().get(10, TimeUnit.SECONDS);
            session.close();
            assertThat(server.connection(0).awaitReceived("session.update")).isNotNull();
        } finally {
            shared.shutdown();
        }
    }
}
