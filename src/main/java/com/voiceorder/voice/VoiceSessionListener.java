package com.voiceorder.voice;

/**
 * What a session reports. Called on the adapter's I/O thread, one event at a time and in order:
 * return quickly (queue audio, hand tool calls to another thread). {@link #onClosed} comes exactly once, last.
 */
public interface VoiceSessionListener {

    /** Agent audio in the session codec; chunks come faster than real time and of any size. */
    void onAgentAudio(AgentAudio audio);

    /** The caller started speaking: flush queued agent audio, then {@link VoiceSession#truncatePlayed}. */
    default void onSpeechStarted() {
    }

    /**
     * As {@link #onSpeechStarted()}, with the {@link System#nanoTime()} at which the event arrived from
     * the agent (for measuring how fast the agent's audio is cut). The default calls {@link #onSpeechStarted()}.
     */
    default void onSpeechStarted(long receivedNanos) {
        onSpeechStarted();
    }

    /** The caller stopped speaking (start of the agent's turn, for latency). */
    default void onSpeechStopped() {
    }

    default void onTranscript(Transcript transcript) {
    }

    /**
     * The agent wants a function run. Run it off this thread and answer with
     * {@link VoiceSession#submitToolResult}; a call flagged {@link ToolCall#cancelled()} must not be run.
     */
    void onToolCall(ToolCall call);

    default void onResponseDone(ResponseDone done) {
    }

    /** Rate limits as the agent reported them at the start of a response. */
    default void onRateLimits(java.util.List<RateLimit> limits) {
    }

    /** A non-fatal error reported by the agent (the session goes on). */
    default void onError(AgentError error) {
    }

    /**
     * Caller audio given with a receive time ({@link VoiceSession#sendCallerAudio(byte[], long)}) has
     * been handed to the connection at {@code sentNanos}. A measurement hook: called on the sending
     * thread, possibly while another event is being reported, so it must be thread-safe and trivial.
     */
    default void onCallerAudioSent(long receivedNanos, long sentNanos) {
    }

    void onClosed(SessionClosed closed);
}
