package com.voiceorder.sync.domain;

/** IN = from the platform to VoiceOrder; OUT = from VoiceOrder to the platform. */
public enum SyncDirection {
    IN,
    OUT
}
