package com.voiceorder.calls.domain;

/** A voicemail left by a caller, or a note taken for the restaurant. */
public enum MessageKind {
    VOICEMAIL,
    NOTE
}
