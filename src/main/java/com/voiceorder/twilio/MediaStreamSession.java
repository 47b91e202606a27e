package com.voiceorder.twilio;

import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One Media Stream WebSocket, transport aside: waits for {@code start}, redeems its one-time token
 * (unknown, reused or expired → the socket is closed), then hands the stream to the
 * {@link TwilioStreamHandler} and forwards media, DTMF, marks and the end. Not thread-safe: messages
 * arrive one at a time on the socket's thread.
 */
public final class MediaStreamSession {

    /** The socket under the session. */
    public interface Socket {
        void send(String text);

        /** Closes with a WebSocket policy-violation (1008) or normal (1000) code. */
        void close(boolean policyViolation, String reason);
    }

    private static final Logger LOG = Logger.getLogger(MediaStreamSession.class.getName());

    private final Socket socket;
    private final StreamTokens tokens;
    private final TwilioStreamHandler handler;
    private final MediaStreamMessages messages;
    private TwilioStreamHandler.Listener listener;
    private boolean ended;

    public MediaStreamSession(Socket socket, StreamTokens tokens, TwilioStreamHandler handler,
                              MediaStreamMessages messages) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public void onText(String text) {
        if (ended) {
            return;
        }
        StreamMessage message;
        try {
            message = messages.decode(text);
        } catch (MalformedStreamMessageException e) {
            LOG.warning(() -> "Malformed Media Streams message ignored: " + e.getMessage());
            return;
        }
        if (message instanceof StreamMessage.Start start) {
            start(start);
        } else if (listener == null) {
            if (!(message instanceof StreamMessage.Connected) && !(message instanceof StreamMessage.Unknown)) {
                refuse("media before a valid start");
            }
        } else if (message instanceof StreamMessage.Media media) {
            listener.onMedia(media);
        } else if (message instanceof StreamMessage.Dtmf dtmf) {
            listener.onDtmf(dtmf);
        } else if (message instanceof StreamMessage.Mark mark) {
            listener.onMark(mark);
        } else if (message instanceof StreamMessage.Stop) {
            end("stopped by Twilio");
            socket.close(false, "stream stopped");
        }
    }

    /** The socket closed (either side). */
    public void onClosed(String reason) {
        end(reason);
    }

    private void start(StreamMessage.Start start) {
        if (listener != null) {
            refuse("a second start");
            return;
        }
        Optional<StreamTokens.Grant> grant = tokens.redeem(start.customParameters().get(TwilioVoiceWebhook.TOKEN_PARAMETER));
        if (grant.isEmpty() || !grant.get().callSid().equals(start.callSid())) {
            refuse("bad, reused or expired stream token");
            return;
        }
        listener = handler.onStreamStarted(new Outbound(start), start, grant.get());
    }

    private void refuse(String why) {
        LOG.warning(() -> "Twilio stream refused: " + why);
        ended = true;
        socket.close(true, why);
    }

    private void end(String reason) {
        if (ended) {
            return;
        }
        ended = true;
        if (listener != null) {
            listener.onEnded(reason);
        }
    }

    private final class Outbound implements TwilioStream {
        private final StreamMessage.Start start;

        Outbound(StreamMessage.Start start) {
            this.start = start;
        }

        @Override
        public String streamSid() {
            return start.streamSid();
        }

        @Override
        public String callSid() {
            return start.callSid();
        }

        @Override
        public void sendAudio(byte[] mulaw) {
            socket.send(messages.media(start.streamSid(), mulaw));
        }

        @Override
        public void mark(String name) {
            socket.send(messages.mark(start.streamSid(), name));
        }

        @Override
        public void clear() {
            socket.send(messages.clear(start.streamSid()));
        }

        @Override
        public void close() {
            socket.close(false, "stream ended by us");
        }
    }
}
