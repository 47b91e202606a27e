package com.voiceorder.twilio;

/**
 * The seam where {@code calls} takes a Twilio call, like {@code IncomingCallHandler} for SIP. Called once
 * per stream whose token was valid, on the WebSocket thread; return quickly.
 */
@FunctionalInterface
public interface TwilioStreamHandler {

    /** A stream started for the call {@code grant} was issued for; returns who receives its messages. */
    Listener onStreamStarted(TwilioStream stream, StreamMessage.Start start, StreamTokens.Grant grant);

    /** Receives the caller's side of the stream, in order, on the WebSocket thread. */
    interface Listener {
        void onMedia(StreamMessage.Media media);

        default void onDtmf(StreamMessage.Dtmf dtmf) {
        }

        default void onMark(StreamMessage.Mark mark) {
        }

        /** Exactly once, last: the stream stopped or the socket closed. */
        void onEnded(String reason);
    }
}
