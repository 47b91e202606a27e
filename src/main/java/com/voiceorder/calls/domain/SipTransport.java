package com.voiceorder.calls.domain;

/** SIP transport to the trunk. */
public enum SipTransport {
    UDP,
    TCP
}
