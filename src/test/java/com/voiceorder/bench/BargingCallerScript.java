package com.voiceorder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ScriptedRealtimeServer.Connection;
import com.voiceorder.testing.ScriptedRealtimeServer.Script;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The model's part for the voice bridge benchmark, on every connection of a load server: from the
 * greeting's {@code response.create} on, turn after turn until the call ends, the agent talks (audio deltas
 * in uneven chunks, {@value #SPEEDUP}× faster than real time, as the real API streams) and the caller
 * interrupts it {@value #BARGE_IN_MILLIS} ms into each turn ({@code speech_started}), while agent audio is
 * still queued in the server. Even turns are 4 s of speech, fully generated before the interruption
 * ({@code response.done} completed, the rest still playing); odd turns are 8 s, interrupted mid-generation:
 * two more deltas follow the interruption (late audio the bridge must drop), then {@code response.done}
 * cancelled. The caller's turn ends {@value #CALLER_TURN_MILLIS} ms later ({@code speech_stopped},
 * {@code input_audio_buffer.committed}) and the next agent turn starts, as with server VAD.
 * The caller's audio appends are counted by the load server.
 */
final class BargingCallerScript implements Script, AutoCloseable {

    static final int SPEEDUP = 4;
    static final long BARGE_IN_MILLIS = 1_500;
    static final long CALLER_TURN_MILLIS = 600;
    private static final long NEXT_TURN_MILLIS = 200;
    private static final int[] CHUNKS = {700, 1900, 5400, 320, 2600, 1100};
    private static final int BYTES_PER_MILLI = 8;
    private static final byte[] SPEECH = speech(8_000 * BYTES_PER_MILLI);
    private static final Logger LOG = Logger.getLogger(BargingCallerScript.class.getName());

    private final ScheduledExecutorService timer;
    private final Map<Connection, Conversation> conversations = new ConcurrentHashMap<>();
    private final LongAdder sessions = new LongAdder();
    private final LongAdder bargeIns = new LongAdder();

    BargingCallerScript(int threads) {
        AtomicInteger count = new AtomicInteger();
        timer = Executors.newScheduledThreadPool(threads, task -> {
            Thread thread = new Thread(task, "model-script-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Sessions configured so far (each answered agent call has one). */
    long sessions() {
        return sessions.sum();
    }

    /** {@code speech_started} events sent so far. */
    long bargeIns() {
        return bargeIns.sum();
    }

    @Override
    public void onSessionReady(Connection connection) {
        sessions.increment();
    }

    @Override
    public void onEvent(Connection connection, JsonNode event) {
        if ("response.create".equals(event.path("type").asText())) {
            conversations.computeIfAbsent(connection, Conversation::new).start();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        Conversation conversation = conversations.remove(connection);
        if (conversation != null) {
            conversation.stop();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** The turns of one connection; every step runs on the timer, one step at a time per connection. */
    private final class Conversation {
        private final Connection connection;
        private boolean started;
        private boolean stopped;
        private int turn;
        private String responseId;
        private String callerItem;
        private int offset;
        private int chunk;
        private int end;
        private boolean streaming;
        private ScheduledFuture<?> next;

        Conversation(Connection connection) {
            this.connection = connection;
        }

        synchronized void start() {
            if (!started) { // later response.create (none in this script) would ride on the running turns
                started = true;
                schedule(this::agentTurn, 0);
            }
        }

        synchronized void stop() {
            stopped = true;
            if (next != null) {
                next.cancel(false);
            }
        }

        private synchronized void agentTurn() {
            turn++;
            responseId = "resp_" + connection.hashCode() + "_" + turn;
            offset = 0;
            chunk = 0;
            end = (turn % 2 == 0 ? 4_000 : 8_000) * BYTES_PER_MILLI;
            streaming = true;
            connection.responseCreated(responseId);
            streamChunk();
            timer.schedule(() -> step(this::bargeIn), BARGE_IN_MILLIS, TimeUnit.MILLISECONDS);
        }

        private synchronized void streamChunk() {
            if (!streaming) {
                return;
            }
            int size = sendChunk();
            if (offset >= end) {
                streaming = false;
                connection.responseDone(responseId, "completed", null, 900, 40, 0, 30, end / 50);
                return;
            }
            schedule(this::streamChunk, Math.max(1, size / BYTES_PER_MILLI / SPEEDUP));
        }

        private int sendChunk() {
            int size = Math.min(CHUNKS[chunk++ % CHUNKS.length], end - offset);
            connection.audioDeltas(responseId, "item_" + responseId, java.util.Arrays.copyOfRange(SPEECH, offset,
                    offset + size), size);
            offset += size;
            return size;
        }

        private synchronized void bargeIn() {
            String previous = callerItem;
            callerItem = "item_caller_" + connection.hashCode() + "_" + turn;
            connection.speechStarted(callerItem, turn * 1_000L);
            bargeIns.increment();
            if (streaming) { // interrupted mid-generation: some late audio, then the response is cancelled
                streaming = false;
                for (int i = 0; i < 2 && offset < end; i++) {
                    sendChunk();
                }
                connection.responseDone(responseId, "cancelled", "turn_detected", 900, 40, 0, 10, offset / 50);
            }
            String committedAfter = previous;
            timer.schedule(() -> step(() -> callerTurnEnded(committedAfter)), CALLER_TURN_MILLIS, TimeUnit.MILLISECONDS);
        }

        private synchronized void callerTurnEnded(String previous) {
            connection.speechStopped(callerItem, turn * 1_000L + CALLER_TURN_MILLIS);
            connection.inputCommitted(callerItem, previous);
            schedule(this::agentTurn, NEXT_TURN_MILLIS);
        }

        /** Runs a step unless the call ended; a closed socket ends the conversation quietly. */
        private void step(Runnable action) {
            synchronized (this) {
                if (stopped) {
                    return;
                }
            }
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Connection gone", e);
                stop();
            }
        }

        private synchronized void schedule(Runnable action, long delayMillis) {
            if (!stopped) {
                next = timer.schedule(() -> step(action), delayMillis, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Eight seconds of a 400 Hz tone in G.711 A-law (any audio would do: the bridge passes it through). */
    private static byte[] speech(int length) {
        byte[] audio = new byte[length];
        for (int i = 0; i < length; i++) {
            short sample = (short) (8000 * Math.sin(2 * Math.PI * 400 * i / 8000.0));
            audio[i] = com.voiceorder.telephony.media.G711.PCMA.encode(sample);
        }
        return audio;
    }
}
