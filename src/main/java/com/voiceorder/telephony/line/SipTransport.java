package com.voiceorder.telephony.line;

import java.util.Locale;

/** Transports the endpoint listens on. */
public enum SipTransport {
    UDP, TCP;

    /** The name JAIN-SIP and URI {@code transport=} parameters use. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }
}
