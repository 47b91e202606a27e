package com.voiceorder.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.glassfish.tyrus.server.TyrusServerContainer;
import org.glassfish.tyrus.spi.ServerContainerFactory;

/**
 * A local server speaking the OpenAI Realtime API, GA protocol, over WebSocket (Tyrus + Grizzly, random
 * port). Each client connection gets {@code session.created}; a {@code session.update} is answered with
 * {@code session.updated} echoing the session (or refused with an {@code error}). Tests then drive the
 * server side of the scenario through {@link Connection} (speech, audio deltas in uneven chunks,
 * function calls, response.done with usage, errors, rate limits, a dropped socket) and assert on
 * everything the client sent.
 *
 * <p>For load ({@link #startForLoad}) nothing is kept: audio appends are only counted (without parsing),
 * closed connections are forgotten, and a {@link Script} plays the model's part on every connection.
 */
public final class ScriptedRealtimeServer implements AutoCloseable {

    public static final String PATH = "/v1/realtime";
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** What a client sent in its upgrade request. */
    public record Handshake(Map<String, List<String>> headers, String query) {
        public String header(String name) {
            for (var entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    return entry.getValue().isEmpty() ? null : entry.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** The model's part on every connection of a load server; called on Tyrus' threads, must return quickly. */
    public interface Script {
        /** {@code session.updated} was sent: the client may now ask for responses and stream audio. */
        void onSessionReady(Connection connection);

        /** A client event other than {@code input_audio_buffer.append} and {@code session.update}. */
        default void onEvent(Connection connection, JsonNode event) {
        }

        default void onClosed(Connection connection) {
        }
    }

    private static final String APPEND_TYPE = "\"type\":\"input_audio_buffer.append\"";

    private final ObjectMapper json = new ObjectMapper();
    private final Script script;
    private final AtomicInteger open = new AtomicInteger();
    private final LongAdder appends = new LongAdder();
    private final TyrusServerContainer container;
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final List<Handshake> handshakes = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile boolean refuseSessionUpdate;
    private volatile boolean silent;

    private ScriptedRealtimeServer(Script script) throws Exception {
        this.script = script;
        container = (TyrusServerContainer) ServerContainerFactory.createServerContainer(Map.of());
        ServerEndpointConfig endpoint = ServerEndpointConfig.Builder.create(Connection.class, PATH)
                .configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request,
                                                HandshakeResponse response) {
                        handshakes.add(new Handshake(Map.copyOf(request.getHeaders()), request.getQueryString()));
                    }

                    @Override
                    public <T> T getEndpointInstance(Class<T> endpointClass) {
                        return endpointClass.cast(new Connection(ScriptedRealtimeServer.this));
                    }
                })
                .build();
        container.addEndpoint(endpoint);
        container.start("/", 0);
    }

    public static ScriptedRealtimeServer start() throws Exception {
        return new ScriptedRealtimeServer(null);
    }

    /** A server for many concurrent connections, keeping nothing, with {@code script} playing the model. */
    public static ScriptedRealtimeServer startForLoad(Script script) throws Exception {
        return new ScriptedRealtimeServer(java.util.Objects.requireNonNull(script, "script"));
    }

    /** Connections open now. */
    public int openConnections() {
        return open.get();
    }

    /** {@code input_audio_buffer.append} events received on all connections so far. */
    public long appendsReceived() {
        return appends.sum();
    }

    public URI url() {
        return URI.create("ws://localhost:" + container.getPort() + PATH);
    }

    /** Answer {@code session.update} with an {@code invalid_request_error} instead of {@code session.updated}. */
    public void refuseSessionUpdate() {
        refuseSessionUpdate = true;
    }

    /** Accept connections but never send {@code session.created} (a server that hangs). */
    public void stayingSilent() {
        silent = true;
    }

    /** Whether new connections get no {@code session.created} (true) or are served again (false). */
    public void staySilent(boolean value) {
        silent = value;
    }

    public List<Handshake> handshakes() {
        return List.copyOf(handshakes);
    }

    public int connectionCount() {
        return connections.size();
    }

    /** The {@code index}-th connection (0 = first), waiting for it to open. */
    public Connection connection(int index) {
        await().atMost(WAIT).until(() -> connections.size() > index);
        return connections.get(index);
    }

    @Override
    public void close() {
        for (Connection connection : connections) {
            connection.closeQuietly();
        }
        container.stop();
    }

    public String nextId(String prefix) {
        return prefix + "_" + ids.incrementAndGet();
    }

    /** The server side of one client connection. */
    public static final class Connection extends Endpoint {

        private final ScriptedRealtimeServer server;
        private final List<JsonNode> received = new CopyOnWriteArrayList<>();
        private final LongAdder appends = new LongAdder();
        private volatile Session session;
        private volatile CloseReason closedWith;

        Connection(ScriptedRealtimeServer server) {
            this.server = server;
        }

        @Override
        public void onOpen(Session opened, EndpointConfig config) {
            session = opened;
            opened.setMaxTextMessageBufferSize(8 * 1024 * 1024);
            opened.addMessageHandler(String.class, this::receive);
            server.connections.add(this);
            server.open.incrementAndGet();
            if (!server.silent) {
                ObjectNode created = event("session.created");
                created.putObject("session").put("type", "realtime").put("id", server.nextId("sess"));
                send(created);
            }
        }

        @Override
        public void onClose(Session closed, CloseReason reason) {
            closedWith = reason;
            server.open.decrementAndGet();
            if (server.script != null) {
                server.connections.remove(this);
                server.script.onClosed(this);
            }
        }

        private void receive(String text) {
            if (server.script != null && text.contains(APPEND_TYPE)) {
                appends.increment();
                server.appends.increment();
                return;
            }
            JsonNode event;
            try {
                event = server.json.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            boolean update = "session.update".equals(event.path("type").asText());
            if (server.script == null) {
                received.add(event);
            } else if (!update) {
                server.script.onEvent(this, event);
            }
            if (update) {
                if (server.refuseSessionUpdate) {
                    error("invalid_request_error", "invalid_value", "Invalid value: 'audio/nope'",
                            event.path("event_id").asText());
                } else {
                    ObjectNode updated = event("session.updated");
                    updated.set("session", event.path("session").deepCopy());
                    send(updated);
                    if (server.script != null) {
                        server.script.onSessionReady(this);
                    }
                }
            }
        }

        // ---- what the client sent ------------------------------------------------------------------

        public List<JsonNode> received() {
            return List.copyOf(received);
        }

        public List<JsonNode> received(String type) {
            return received.stream().filter(e -> type.equals(e.path("type").asText())).toList();
        }

        /** Waits for the first client event of {@code type} matching {@code test}. */
        public JsonNode awaitReceived(String type, Predicate<JsonNode> test) {
            await().atMost(WAIT).until(() -> received(type).stream().anyMatch(test));
            return received(type).stream().filter(test).findFirst().orElseThrow();
        }

        public JsonNode awaitReceived(String type) {
            return awaitReceived(type, e -> true);
        }

        /** All audio appended by the client, decoded and concatenated. */
        public byte[] appendedAudio() {
            var out = new java.io.ByteArrayOutputStream();
            for (JsonNode append : received("input_audio_buffer.append")) {
                out.writeBytes(Base64.getDecoder().decode(append.path("audio").asText()));
            }
            return out.toByteArray();
        }

        /** Audio appends received on this connection (counted on load servers, where nothing is kept). */
        public long appendsReceived() {
            return appends.sum();
        }

        public boolean isOpen() {
            Session current = session;
            return current != null && current.isOpen() && closedWith == null;
        }

        public CloseReason closedWith() {
            return closedWith;
        }

        // ---- server events -------------------------------------------------------------------------

        public void speechStarted(String itemId, long audioStartMs) {
            send(event("input_audio_buffer.speech_started").put("item_id", itemId).put("audio_start_ms", audioStartMs));
        }

        public void speechStopped(String itemId, long audioEndMs) {
            send(event("input_audio_buffer.speech_stopped").put("item_id", itemId).put("audio_end_ms", audioEndMs));
        }

        /** {@code input_audio_buffer.committed}: the caller's turn is in the conversation as {@code itemId}. */
        public void inputCommitted(String itemId, String previousItemId) {
            ObjectNode committed = event("input_audio_buffer.committed").put("item_id", itemId);
            if (previousItemId == null) {
                committed.putNull("previous_item_id");
            } else {
                committed.put("previous_item_id", previousItemId);
            }
            send(committed);
        }

        public void responseCreated(String responseId) {
            ObjectNode created = event("response.created");
            created.putObject("response").put("id", responseId).put("status", "in_progress");
            send(created);
        }

        /** Sends {@code audio} as {@code response.output_audio.delta} events cut at the given chunk sizes. */
        public void audioDeltas(String responseId, String itemId, byte[] audio, int... chunkSizes) {
            int offset = 0;
            int chunk = 0;
            while (offset < audio.length) {
                int size = Math.min(chunkSizes[chunk % chunkSizes.length], audio.length - offset);
                byte[] part = java.util.Arrays.copyOfRange(audio, offset, offset + size);
                send(event("response.output_audio.delta").put("response_id", responseId).put("item_id", itemId)
                        .put("output_index", 0).put("content_index", 0)
                        .put("delta", Base64.getEncoder().encodeToString(part)));
                offset += size;
                chunk++;
            }
        }

        public void agentTranscriptDone(String responseId, String itemId, String transcript) {
            send(event("response.output_audio_transcript.done").put("response_id", responseId).put("item_id", itemId)
                    .put("output_index", 0).put("content_index", 0).put("transcript", transcript));
        }

        public void callerTranscriptionCompleted(String itemId, String transcript) {
            send(event("conversation.item.input_audio_transcription.completed").put("item_id", itemId)
                    .put("content_index", 0).put("transcript", transcript));
        }

        /** {@code function_call_arguments.delta} in two parts, then {@code .done} with the whole arguments. */
        public void functionCall(String responseId, String itemId, String callId, String name, String arguments) {
            int half = arguments.length() / 2;
            for (String part : List.of(arguments.substring(0, half), arguments.substring(half))) {
                send(event("response.function_call_arguments.delta").put("response_id", responseId)
                        .put("item_id", itemId).put("output_index", 0).put("call_id", callId).put("delta", part));
            }
            send(event("response.function_call_arguments.done").put("response_id", responseId).put("item_id", itemId)
                    .put("output_index", 0).put("call_id", callId).put("name", name).put("arguments", arguments));
        }

        /** {@code response.done} with a usage breakdown (input text/audio/cached, output text/audio tokens). */
        public void responseDone(String responseId, String status, String reason, long... usage) {
            ObjectNode done = event("response.done");
            ObjectNode response = done.putObject("response");
            response.put("id", responseId).put("object", "realtime.response").put("status", status);
            if (reason != null) {
                response.putObject("status_details").put("type", status).put("reason", reason);
            } else {
                response.putNull("status_details");
            }
            response.putArray("output");
            if (usage.length == 5) {
                ObjectNode tokens = response.putObject("usage");
                tokens.put("total_tokens", usage[0] + usage[1] + usage[3] + usage[4]);
                tokens.put("input_tokens", usage[0] + usage[1]).put("output_tokens", usage[3] + usage[4]);
                tokens.putObject("input_token_details").put("text_tokens", usage[0]).put("audio_tokens", usage[1])
                        .put("cached_tokens", usage[2]);
                tokens.putObject("output_token_details").put("text_tokens", usage[3]).put("audio_tokens", usage[4]);
            }
            send(done);
        }

        /**
         * The caller stops speaking and said {@code transcript}; the model answers with one call of {@code tool}
         * and this returns the tool's result, as the application sent it back.
         */
        public JsonNode toolResultAfterCaller(String transcript, String tool, String arguments) {
            speechStopped("item_caller", 1000);
            callerTranscriptionCompleted("item_caller", transcript);
            responseCreated("resp_tool");
            functionCall("resp_tool", "item_call", "call_tool_1", tool, arguments);
            responseDone("resp_tool", "completed", null, 1200, 300, 0, 40, 0);
            JsonNode output = awaitReceived("conversation.item.create",
                    event -> "function_call_output".equals(event.at("/item/type").asText()));
            try {
                return new ObjectMapper().readTree(output.at("/item/output").asText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void rateLimits(long remainingRequests, long remainingTokens) {
            ObjectNode limits = event("rate_limits.updated");
            var array = limits.putArray("rate_limits");
            array.addObject().put("name", "requests").put("limit", 1000).put("remaining", remainingRequests)
                    .put("reset_seconds", 0.5);
            array.addObject().put("name", "tokens").put("limit", 50000).put("remaining", remainingTokens)
                    .put("reset_seconds", 1.25);
            send(limits);
        }

        public void error(String type, String code, String message, String eventId) {
            ObjectNode error = event("error");
            ObjectNode details = error.putObject("error").put("type", type).put("code", code).put("message", message);
            if (eventId != null) {
                details.put("event_id", eventId);
            } else {
                details.putNull("event_id");
            }
            send(error);
        }

        /** Drops the connection mid-stream (close code 1011, as a server failure would). */
        public void drop() {
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "server failure"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void closeQuietly() {
            try {
                if (session != null && session.isOpen()) {
                    session.close();
                }
            } catch (IOException | RuntimeException e) {
                // the test is over
            }
        }

        private ObjectNode event(String type) {
            ObjectNode event = server.json.createObjectNode();
            event.put("type", type);
            event.put("event_id", server.nextId("event"));
            return event;
        }

        private synchronized void send(JsonNode event) {
            try {
                session.getBasicRemote().sendText(server.json.writeValueAsString(event));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
