package com.voiceorder.voice.openai;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.tyrus.client.ClientManager;

/**
 * One WebSocket connection to the Realtime API. Text messages go through a bounded queue with one
 * writer at a time (a WebSocket session allows one send in progress): when no write is under way the
 * sending thread writes at once (a 20 ms audio append costs no thread hop), otherwise the message
 * waits for the writer in progress, and what is left is drained on the executor. A send only waits
 * for the socket's own buffer. Incoming text goes to the {@link Handler} on Tyrus' thread, in order.
 */
final class RealtimeSocket extends Endpoint {

    /** Messages waiting to be written before new ones are refused (~10 s of 20 ms audio appends). */
    static final int MAX_QUEUED = 500;
    private static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;
    /** Messages a sending thread writes itself before handing the rest to the executor. */
    private static final int INLINE_WRITES = 4;
    private static final Logger LOG = Logger.getLogger(RealtimeSocket.class.getName());

    interface Handler {
        /** A text message, read completely at {@code receivedNanos} ({@link System#nanoTime()}). */
        void onMessage(RealtimeSocket socket, String text, long receivedNanos);

        /** A message queued with a receive stamp ({@link #send(String, long)}) was written at {@code sentNanos}. */
        default void onStampedSent(long stampNanos, long sentNanos) {
        }

        /** The connection ended (by either side, or broken); called once. */
        void onClosed(RealtimeSocket socket, String reason);
    }

    private final Handler handler;
    private final Executor executor;
    private final Queue<Outgoing> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Session session;

    RealtimeSocket(Handler handler, Executor executor) {
        this.handler = handler;
        this.executor = executor;
    }

    /** Opens the connection with {@code Authorization: Bearer apiKey}; completes once open. */
    CompletableFuture<Void> connect(ClientManager client, URI uri, String apiKey) {
        ClientEndpointConfig config = ClientEndpointConfig.Builder.create()
                .configurator(new ClientEndpointConfig.Configurator() {
                    @Override
                    public void beforeRequest(Map<String, List<String>> headers) {
                        headers.put("Authorization", List.of("Bearer " + apiKey));
                    }
                })
                .build();
        return CompletableFuture.runAsync(() -> {
            try {
                client.connectToServer(this, config, uri);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, executor);
    }

    @Override
    public void onOpen(Session opened, EndpointConfig config) {
        this.session = opened;
        opened.setMaxTextMessageBufferSize(MAX_MESSAGE_BYTES);
        opened.addMessageHandler(String.class, text -> handler.onMessage(this, text, System.nanoTime()));
    }

    @Override
    public void onClose(Session closedSession, CloseReason reason) {
        if (closed.compareAndSet(false, true)) {
            outbox.clear();
            handler.onClosed(this, reason.getCloseCode().getCode() + " " + reason.getReasonPhrase());
        }
    }

    @Override
    public void onError(Session errored, Throwable error) {
        LOG.log(Level.FINE, "Realtime socket error", error);
    }

    /** Queues a text message; false when closed or the queue is full (the message is dropped). */
    boolean send(String text) {
        return send(text, 0);
    }

    /**
     * As {@link #send(String)}; once written, a non-zero {@code stampNanos} (e.g. when the audio it carries
     * was received) is reported to {@link Handler#onStampedSent} with the time the write completed.
     */
    boolean send(String text, long stampNanos) {
        if (closed.get() || session == null) {
            return false;
        }
        if (queued.incrementAndGet() > MAX_QUEUED) {
            queued.decrementAndGet();
            return false;
        }
        outbox.add(new Outgoing(text, stampNanos));
        if (draining.compareAndSet(false, true)) {
            drain(INLINE_WRITES);
        }
        return true;
    }

    boolean isOpen() {
        return session != null && !closed.get();
    }

    /** Closes the connection normally; {@link Handler#onClosed} follows. */
    void close(String reason) {
        Session current = session;
        if (current == null || closed.get()) {
            closed.set(true);
            return;
        }
        try {
            current.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, reason));
        } catch (IOException e) {
            LOG.log(Level.FINE, "Realtime socket close failed", e);
        }
    }

    private record Outgoing(String text, long stampNanos) {
    }

    private void scheduleDrain() {
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(() -> drain(Integer.MAX_VALUE));
            } catch (RejectedExecutionException e) {
                draining.set(false);
                LOG.log(Level.WARNING, "Realtime messages not sent: the executor refused the work", e);
            }
        }
    }

    /** Writes up to {@code limit} queued messages, holding the writer role; hands on what is left. */
    private void drain(int limit) {
        try {
            Outgoing next;
            int written = 0;
            while (written++ < limit && (next = outbox.poll()) != null) {
                queued.decrementAndGet();
                session.getBasicRemote().sendText(next.text());
                if (next.stampNanos() != 0) {
                    handler.onStampedSent(next.stampNanos(), System.nanoTime());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Realtime send failed; the connection is going away", e);
            outbox.clear();
            queued.set(0);
        } finally {
            draining.set(false);
            if (!outbox.isEmpty() && !closed.get()) {
                scheduleDrain();
            }
        }
    }
}
