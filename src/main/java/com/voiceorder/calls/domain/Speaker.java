package com.voiceorder.calls.domain;

/** Who said a transcript turn. */
public enum Speaker {
    CALLER,
    AGENT
}
