package com.voiceorder.voice;

/** The agent cannot take this call: not configured, unreachable or refusing the session. */
public class VoiceAgentUnavailableException extends RuntimeException {

    public VoiceAgentUnavailableException(String message) {
        super(message);
    }

    public VoiceAgentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
