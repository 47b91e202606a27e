package com.voiceorder.calls.domain;

/** How quickly semantic turn detection answers. */
public enum Eagerness {
    LOW,
    MEDIUM,
    HIGH,
    AUTO
}
