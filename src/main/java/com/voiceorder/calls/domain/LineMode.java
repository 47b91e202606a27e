package com.voiceorder.calls.domain;

/** How calls reach the line. */
public enum LineMode {
    /** VoiceOrder registers to a SIP trunk (OVH…) with the line's SIP account. */
    REGISTER_TO_TRUNK,
    /** A gateway (HT841 FXO…) sends INVITEs to VoiceOrder from an allowed address. */
    ACCEPT_FROM_GATEWAY,
    /** Twilio calls the webhook and streams media over WebSocket. */
    TWILIO
}
