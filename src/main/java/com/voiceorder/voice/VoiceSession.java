package com.voiceorder.voice;

/** A conversation between the agent and one caller. Thread-safe; no method blocks on the network. */
public interface VoiceSession {

    /** The caller's audio, in the session codec, as it arrives (any size; 20 ms = 160 bytes). */
    void sendCallerAudio(byte[] audio);

    /**
     * As {@link #sendCallerAudio(byte[])}, for audio received from the network at {@code receivedNanos}
     * ({@link System#nanoTime()}): once it has been handed to the connection,
     * {@link VoiceSessionListener#onCallerAudioSent} reports that time (0 = unknown, not reported).
     */
    default void sendCallerAudio(byte[] audio, long receivedNanos) {
        sendCallerAudio(audio);
    }

    /**
     * The result of a tool call the agent asked for; the agent then continues. Ignored for an
     * unknown or already answered call id, and for tool calls flagged {@link ToolCall#cancelled()}.
     */
    void submitToolResult(String callId, String resultJson);

    /**
     * After a barge-in: the caller heard only {@code playedMillis} of all agent audio delivered so far
     * (the sink's played total, after its queue was flushed). Agent items not fully heard are truncated
     * there, so the agent's memory matches what the caller heard. See {@link PlayoutTracker}.
     */
    void truncatePlayed(long playedMillis);

    /**
     * Asks the agent to speak now, following {@code instructions} (e.g. check the caller is still
     * there, or close the call politely). Ignored while the agent is already answering or reconnecting.
     */
    void say(String instructions);

    /** Ends the session; {@link VoiceSessionListener#onClosed} follows with {@link SessionClosed.Reason#CLOSED}. */
    void close();
}
