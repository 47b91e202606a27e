package com.voiceorder.voice.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voiceorder.voice.AgentAudio;
import com.voiceorder.voice.AgentError;
import com.voiceorder.voice.PlayoutTracker;
import com.voiceorder.voice.PlayoutTracker.Truncation;
import com.voiceorder.voice.RateLimit;
import com.voiceorder.voice.ResponseDone;
import com.voiceorder.voice.SessionClosed;
import com.voiceorder.voice.SessionConfig;
import com.voiceorder.voice.ToolCall;
import com.voiceorder.voice.Transcript;
import com.voiceorder.voice.VoiceAgentUnavailableException;
import com.voiceorder.voice.VoiceConfig;
import com.voiceorder.voice.VoiceSession;
import com.voiceorder.voice.VoiceSessionListener;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.tyrus.client.ClientManager;

/**
 * One caller's conversation with the OpenAI Realtime API (GA protocol).
 *
 * <p>Lifecycle: connect → {@code session.created} → our {@code session.update} → {@code session.updated}
 * = ready (the open stage completes, the greeting is requested). A failed first connection is retried
 * once. Once ready, a dropped connection is re-established once and the conversation so far is replayed
 * as text items; a second loss, or a failed reconnection, closes the session with
 * {@link SessionClosed.Reason#FAILURE}. A session older than {@link VoiceConfig#sessionRenewal()} gets
 * a fresh connection the same way at the next pause (no response or tool call in progress), so the
 * 60-minute limit of a Realtime session is never reached.
 *
 * <p>Barge-in: {@code speech_started} marks the response in progress as interrupted (its late audio is
 * dropped and its tool calls are flagged cancelled); {@link #truncatePlayed} cuts the agent items at
 * the audio the caller really heard.
 *
 * <p>Server events arrive on the socket's thread; every state change is guarded by this object's lock.
 */
final class OpenAiRealtimeSession implements VoiceSession, RealtimeSocket.Handler {

    private static final Logger LOG = Logger.getLogger(OpenAiRealtimeSession.class.getName());
    /** How long a renewal waits for the agent to finish answering before trying again. */
    private static final long RENEWAL_RETRY_MILLIS = 2000;

    private enum State { CONNECTING, READY, RECONNECTING, CLOSED }

    private final SessionConfig config;
    private final VoiceConfig agent;
    private final VoiceSessionListener listener;
    private final ClientManager client;
    private final Executor executor;
    private final ObjectMapper json;
    private final ClientEvents events;
    private final String sessionUpdate;
    private final String sessionUpdateId;
    private final CompletableFuture<VoiceSession> opened = new CompletableFuture<>();
    private final PlayoutTracker playout = new PlayoutTracker();
    private final Conversation conversation = new Conversation();
    /** Tool calls announced by {@code function_call_arguments.done}, held until their response is done. */
    private final Map<String, List<ToolCall>> callsByResponse = new HashMap<>();
    /** Tool calls handed to the listener and not answered yet. */
    private final Map<String, ToolCall> unanswered = new LinkedHashMap<>();
    private final Set<String> interruptedResponses = new HashSet<>();

    private State state = State.CONNECTING;
    private RealtimeSocket socket;
    private boolean openRetried;
    private boolean reconnected;
    private String activeResponseId;
    private boolean responseInterruptedByDrop;
    private long eventCounter;
    private long droppedCallerAudioFrames;
    private boolean closeReported;

    OpenAiRealtimeSession(SessionConfig config, VoiceConfig agent, VoiceSessionListener listener, ClientManager client,
                          Executor executor, ObjectMapper json) {
        this.config = config;
        this.agent = agent;
        this.listener = listener;
        this.client = client;
        this.executor = executor;
        this.json = json;
        this.events = new ClientEvents(json);
        this.sessionUpdateId = nextEventId();
        this.sessionUpdate = events.sessionUpdate(sessionUpdateId, config, agent); // rejects bad tool schemas now
    }

    CompletionStage<VoiceSession> start() {
        connect();
        return opened;
    }

    // ---- VoiceSession ------------------------------------------------------------------------------

    @Override
    public void sendCallerAudio(byte[] audio) {
        sendCallerAudio(audio, 0);
    }

    /** Written outside the session's lock: server events are never held up by a caller audio write. */
    @Override
    public void sendCallerAudio(byte[] audio, long receivedNanos) {
        RealtimeSocket target;
        synchronized (this) {
            target = state == State.READY ? socket : null;
        }
        if (target == null || audio.length == 0 || !target.send(events.appendAudio(audio), receivedNanos)) {
            synchronized (this) {
                droppedCallerAudioFrames++;
            }
        }
    }

    /** Not synchronized: a measurement passed straight on from the sending thread. */
    @Override
    public void onStampedSent(long stampNanos, long sentNanos) {
        listener.onCallerAudioSent(stampNanos, sentNanos);
    }

    @Override
    public synchronized void submitToolResult(String callId, String resultJson) {
        ToolCall call = unanswered.remove(callId);
        if (call == null) {
            LOG.warning(() -> "Tool result for unknown or already answered call " + callId + " ignored");
            return;
        }
        String output = resultJson == null ? "null" : resultJson;
        conversation.functionAnswered(callId, output);
        if (state == State.READY) {
            socket.send(events.functionCallOutput(nextEventId(), callId, output));
            socket.send(events.responseCreate(nextEventId(), null));
        } // while reconnecting, the replay carries it and asks for the answer
    }

    @Override
    public synchronized void truncatePlayed(long playedMillis) {
        if (activeResponseId != null) {
            interruptedResponses.add(activeResponseId);
        }
        for (Truncation truncation : playout.truncateAt(playedMillis)) {
            if (state == State.READY) {
                socket.send(events.truncate(nextEventId(), truncation.itemId(), truncation.audioEndMillis()));
            }
            if (truncation.audioEndMillis() == 0) {
                conversation.agentUnheard(truncation.itemId());
            }
        }
    }

    @Override
    public synchronized void say(String instructions) {
        if (state == State.READY && activeResponseId == null) {
            socket.send(events.responseCreate(nextEventId(), instructions));
        }
    }

    @Override
    public void close() {
        RealtimeSocket toClose;
        synchronized (this) {
            if (state == State.CLOSED) {
                return;
            }
            state = State.CLOSED;
            toClose = socket;
        }
        if (toClose != null) {
            toClose.close("call ended");
        }
        if (!opened.isDone()) {
            opened.completeExceptionally(new VoiceAgentUnavailableException("The session was closed before it was ready"));
        }
        reportClosed(SessionClosed.Reason.CLOSED, "closed by the application");
    }

    // ---- connection ----------------------------------------------------------------------------------

    private synchronized void connect() {
        RealtimeSocket next = new RealtimeSocket(this, executor);
        socket = next;
        next.connect(client, agent.connectUri(), agent.apiKey()).whenComplete((ok, failure) -> {
            if (failure != null) {
                attemptFailed(next, "cannot connect: " + rootMessage(failure));
            }
        });
        Executor timeout = CompletableFuture.delayedExecutor(agent.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                executor);
        timeout.execute(() -> {
            synchronized (this) {
                if (socket == next && (state == State.CONNECTING || state == State.RECONNECTING)) {
                    attemptFailed(next, "no session within " + agent.connectTimeout().toMillis() + " ms");
                }
            }
        });
    }

    private synchronized void attemptFailed(RealtimeSocket failed, String why) {
        if (failed != socket || state == State.READY || state == State.CLOSED) {
            return;
        }
        socket = null; // its close below must not count as another failure
        failed.close("giving up");
        if (state == State.CONNECTING && !openRetried) {
            openRetried = true;
            LOG.info(() -> "Realtime session: " + why + "; retrying once");
            connect();
        } else if (state == State.CONNECTING) {
            state = State.CLOSED;
            LOG.warning(() -> "Realtime session unavailable: " + why);
            executor.execute(() -> opened.completeExceptionally(new VoiceAgentUnavailableException(
                    "The voice agent is unreachable: " + why)));
        } else {
            state = State.CLOSED;
            LOG.warning(() -> "Realtime session lost and not restored: " + why);
            reportClosed(SessionClosed.Reason.FAILURE, "reconnection failed: " + why);
        }
    }

    @Override
    public synchronized void onClosed(RealtimeSocket closedSocket, String reason) {
        if (closedSocket != socket || state == State.CLOSED) {
            return;
        }
        if (state != State.READY) {
            attemptFailed(closedSocket, "connection closed (" + reason + ")");
        } else if (!reconnected) {
            reconnected = true;
            state = State.RECONNECTING;
            responseInterruptedByDrop = activeResponseId != null;
            activeResponseId = null;
            LOG.warning(() -> "Realtime connection lost (" + reason + "); reconnecting once");
            connect();
        } else {
            state = State.CLOSED;
            LOG.warning(() -> "Realtime connection lost again (" + reason + ")");
            reportClosed(SessionClosed.Reason.FAILURE, "connection lost: " + reason);
        }
    }

    // ---- server events -------------------------------------------------------------------------------

    @Override
    public synchronized void onMessage(RealtimeSocket from, String text, long receivedNanos) {
        if (from != socket || state == State.CLOSED) {
            return;
        }
        JsonNode event;
        try {
            event = json.readTree(text);
        } catch (Exception e) {
            LOG.warning(() -> "Unreadable Realtime event ignored: " + e.getMessage());
            return;
        }
        String type = event.path("type").asText();
        try {
            dispatch(type, event, receivedNanos);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Realtime event " + type + " could not be handled", e);
        }
    }

    private void dispatch(String type, JsonNode event, long receivedNanos) {
        switch (type) {
            case "session.created" -> socket.send(sessionUpdate);
            case "session.updated" -> sessionReady();
            case "input_audio_buffer.speech_started" -> speechStarted(event, receivedNanos);
            case "input_audio_buffer.speech_stopped" -> listener.onSpeechStopped();
            case "response.created" -> activeResponseId = event.path("response").path("id").asText(null);
            case "response.output_audio.delta", "response.audio.delta" -> audioDelta(event, receivedNanos);
            case "response.output_audio_transcript.done", "response.audio_transcript.done" -> agentTranscript(event);
            case "conversation.item.input_audio_transcription.completed" -> callerTranscript(event);
            case "response.function_call_arguments.done" -> functionCall(event);
            case "response.done" -> responseDone(event.path("response"));
            case "rate_limits.updated" -> rateLimits(event);
            case "error" -> error(event.path("error"));
            default -> LOG.finest(() -> "Realtime event " + type + " not used");
        }
    }

    private void sessionReady() {
        scheduleRenewal(socket, agent.sessionRenewal().toMillis());
        if (state == State.CONNECTING) {
            state = State.READY;
            if (config.greeting() != null) {
                socket.send(events.responseCreate(nextEventId(), greetingInstructions(config.greeting())));
            }
            executor.execute(() -> opened.complete(this));
        } else if (state == State.RECONNECTING) {
            state = State.READY;
            replay();
        }
    }

    /** Renews {@code connection} once it is {@code afterMillis} old, unless it was replaced meanwhile. */
    private void scheduleRenewal(RealtimeSocket connection, long afterMillis) {
        CompletableFuture.delayedExecutor(afterMillis, TimeUnit.MILLISECONDS, executor)
                .execute(() -> renew(connection));
    }

    /** Replaces an old connection by a fresh one at a pause, the conversation replayed (see the class comment). */
    private synchronized void renew(RealtimeSocket old) {
        if (old != socket || state != State.READY) {
            return; // already replaced (a drop) or closed
        }
        if (activeResponseId != null || !unanswered.isEmpty()) {
            scheduleRenewal(old, RENEWAL_RETRY_MILLIS);
            return;
        }
        LOG.info("Realtime session renewed before its time limit");
        state = State.RECONNECTING;
        responseInterruptedByDrop = false;
        socket = null; // its close must not count as a drop
        old.close("session renewal");
        connect();
    }

    /** Recreates the conversation on the new connection, then asks for the answer the caller awaits. */
    private void replay() {
        int items = 0;
        for (Conversation.Entry entry : conversation.replayable()) {
            String message;
            if (entry instanceof Conversation.CallerSaid said) {
                message = events.message(nextEventId(), "user", said.text);
            } else if (entry instanceof Conversation.AgentSaid said) {
                message = events.message(nextEventId(), "assistant", said.text());
            } else if (entry instanceof Conversation.FunctionCalled called) {
                message = events.functionCall(nextEventId(), called.callId(), called.name(), called.arguments());
            } else {
                Conversation.FunctionAnswered answered = (Conversation.FunctionAnswered) entry;
                message = events.functionCallOutput(nextEventId(), answered.callId(), answered.output());
            }
            socket.send(message);
            items++;
        }
        if (conversation.awaitsAgent() || responseInterruptedByDrop) {
            socket.send(events.responseCreate(nextEventId(), null));
        }
        responseInterruptedByDrop = false;
        int replayed = items;
        LOG.info(() -> "Realtime session restored; " + replayed + " conversation items replayed");
    }

    private void speechStarted(JsonNode event, long receivedNanos) {
        conversation.callerStarted(event.path("item_id").asText(null));
        if (activeResponseId != null) {
            interruptedResponses.add(activeResponseId);
        }
        listener.onSpeechStarted(receivedNanos);
    }

    private void audioDelta(JsonNode event, long receivedNanos) {
        String responseId = event.path("response_id").asText(null);
        if (responseId != null && interruptedResponses.contains(responseId)) {
            return; // late audio of an interrupted response: the caller is speaking
        }
        String itemId = event.path("item_id").asText("");
        byte[] audio = Base64.getDecoder().decode(event.path("delta").asText(""));
        if (audio.length == 0) {
            return;
        }
        playout.delivered(itemId, audio.length);
        listener.onAgentAudio(new AgentAudio(responseId, itemId, audio, receivedNanos));
    }

    private void agentTranscript(JsonNode event) {
        String itemId = event.path("item_id").asText(null);
        String text = event.path("transcript").asText("");
        conversation.agentSaid(itemId, text);
        listener.onTranscript(new Transcript(Transcript.Speaker.AGENT, itemId, text));
    }

    private void callerTranscript(JsonNode event) {
        String itemId = event.path("item_id").asText(null);
        String text = event.path("transcript").asText("");
        conversation.callerTranscribed(itemId, text);
        listener.onTranscript(new Transcript(Transcript.Speaker.CALLER, itemId, text));
    }

    private void functionCall(JsonNode event) {
        String responseId = event.path("response_id").asText("");
        callsByResponse.computeIfAbsent(responseId, id -> new ArrayList<>()).add(new ToolCall(
                event.path("call_id").asText(), event.path("name").asText(), event.path("arguments").asText(""),
                false));
    }

    private void responseDone(JsonNode response) {
        String responseId = response.path("id").asText("");
        String status = response.path("status").asText("");
        String reason = response.path("status_details").path("reason").asText(null);
        if (responseId.equals(activeResponseId)) {
            activeResponseId = null;
        }
        boolean cancelled = !"completed".equals(status) || interruptedResponses.remove(responseId);
        for (ToolCall call : callsByResponse.getOrDefault(responseId, List.of())) {
            ToolCall delivered = new ToolCall(call.callId(), call.name(), call.argumentsJson(), cancelled);
            if (!cancelled) {
                unanswered.put(call.callId(), delivered);
                conversation.functionCalled(call.callId(), call.name(), call.argumentsJson());
            }
            listener.onToolCall(delivered);
        }
        callsByResponse.remove(responseId);
        listener.onResponseDone(new ResponseDone(responseId, status, reason, usage(response.path("usage"))));
    }

    private static ResponseDone.Usage usage(JsonNode usage) {
        if (usage.isMissingNode() || usage.isNull()) {
            return ResponseDone.Usage.NONE;
        }
        JsonNode in = usage.path("input_token_details");
        JsonNode out = usage.path("output_token_details");
        return new ResponseDone.Usage(in.path("text_tokens").asLong(), in.path("audio_tokens").asLong(),
                in.path("cached_tokens").asLong(), out.path("text_tokens").asLong(), out.path("audio_tokens").asLong());
    }

    private void rateLimits(JsonNode event) {
        List<RateLimit> limits = new ArrayList<>();
        for (JsonNode limit : event.path("rate_limits")) {
            limits.add(new RateLimit(limit.path("name").asText(), limit.path("limit").asLong(),
                    limit.path("remaining").asLong(), limit.path("reset_seconds").asDouble()));
        }
        listener.onRateLimits(List.copyOf(limits));
    }

    private void error(JsonNode error) {
        AgentError reported = new AgentError(error.path("type").asText(null), error.path("code").asText(null),
                error.path("message").asText(""));
        if (state == State.CONNECTING && sessionUpdateId.equals(error.path("event_id").asText())) {
            state = State.CLOSED; // the configuration itself was refused: retrying would not help
            socket.close("session refused");
            LOG.warning(() -> "Realtime session configuration refused: " + reported.message());
            executor.execute(() -> opened.completeExceptionally(new VoiceAgentUnavailableException(
                    "The voice agent refused the session: " + reported.message())));
            return;
        }
        LOG.info(() -> "Realtime error " + reported.type() + "/" + reported.code() + ": " + reported.message());
        listener.onError(reported);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private void reportClosed(SessionClosed.Reason reason, String detail) {
        synchronized (this) {
            if (closeReported) {
                return;
            }
            closeReported = true;
        }
        if (droppedCallerAudioFrames > 0) {
            LOG.fine(() -> droppedCallerAudioFrames + " caller audio frames were not sent to the agent");
        }
        listener.onClosed(new SessionClosed(reason, detail));
    }

    static String greetingInstructions(String greeting) {
        return "Start the call now by greeting the caller with exactly these words: \"" + greeting + "\"";
    }

    private String nextEventId() {
        return "vo_" + (++eventCounter);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
