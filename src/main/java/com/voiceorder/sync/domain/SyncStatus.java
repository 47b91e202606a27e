package com.voiceorder.sync.domain;

/** Result of one synchronisation attempt. */
public enum SyncStatus {
    OK,
    FAILED,
    RETRY
}
