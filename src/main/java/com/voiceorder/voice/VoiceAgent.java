package com.voiceorder.voice;

import java.util.concurrent.CompletionStage;

/** An AI agent that talks with a caller. */
public interface VoiceAgent {

    /**
     * Opens a session (e.g. while the phone still rings). The stage completes once the agent accepted
     * the configuration and the greeting is under way, or fails with {@link VoiceAgentUnavailableException}
     * (not configured, unreachable, refused). After that, everything is reported to {@code listener}.
     */
    CompletionStage<VoiceSession> open(SessionConfig config, VoiceSessionListener listener);

    /** Whether sessions can be opened at all (e.g. an API key is configured). */
    boolean isConfigured();
}
