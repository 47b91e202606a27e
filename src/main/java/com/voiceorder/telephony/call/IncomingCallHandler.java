package com.voiceorder.telephony.call;

/**
 * Registered by the application to receive calls. Called on a callback thread (not the SIP thread);
 * it should return quickly and continue asynchronously (ring, open an agent session, then answer).
 * A handler that throws gets the call rejected with 500.
 */
@FunctionalInterface
public interface IncomingCallHandler {
    void onIncomingCall(IncomingCall call);
}
