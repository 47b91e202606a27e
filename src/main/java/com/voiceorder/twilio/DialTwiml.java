package com.voiceorder.twilio;

import java.net.URI;

/** The TwiML of a transfer: dial a person, then report to our action URL; and the final hang-up. */
public final class DialTwiml {

    private static final String PROLOGUE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private DialTwiml() {
    }

    /** {@code <Response><Dial timeout=… action=…>+33…</Dial></Response>}: Twilio posts the outcome to {@code action}. */
    public static String dial(String targetE164, long timeoutSeconds, URI action) {
        return PROLOGUE + "<Response><Dial timeout=\"" + timeoutSeconds + "\" action=\""
                + ConnectStreamTwiml.escape(action.toString()) + "\" method=\"POST\">"
                + ConnectStreamTwiml.escape(targetE164) + "</Dial></Response>";
    }

    /** Ends the call. */
    public static String hangUp() {
        return PROLOGUE + "<Response><Hangup/></Response>";
    }
}
