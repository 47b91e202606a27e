package com.voiceorder.calls.domain;

/** Who placed the call. */
public enum CallDirection {
    INBOUND,
    OUTBOUND
}
