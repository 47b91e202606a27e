package com.voiceorder.sync.domain;

/** External reservation platforms VoiceOrder keeps in step with. */
public enum SyncPlatform {
    ZENCHEF,
    THEFORK
}
