package com.voiceorder.calls.domain;

/** How the assistant decides the caller finished speaking. */
public enum TurnDetection {
    SERVER_VAD,
    SEMANTIC_VAD
}
