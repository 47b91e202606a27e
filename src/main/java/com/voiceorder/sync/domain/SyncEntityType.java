package com.voiceorder.sync.domain;

/** Kinds of local things mirrored on a platform. */
public enum SyncEntityType {
    RESERVATION,
    CUSTOMER,
    SERVICE,
    TABLE,
    AVAILABILITY
}
