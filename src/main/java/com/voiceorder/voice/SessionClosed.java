package com.voiceorder.voice;

/** Why a session ended, with a human-readable detail. */
public record SessionClosed(Reason reason, String detail) {

    public enum Reason {
        /** {@link VoiceSession#close()} was called. */
        CLOSED,
        /** The connection dropped and could not be restored: fall back (voicemail). */
        FAILURE
    }

    public boolean failed() {
        return reason == Reason.FAILURE;
    }
}
