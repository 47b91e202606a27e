package com.voiceorder.telephony.call;

/** Why a call ended. */
public enum EndReason {
    /** The caller sent BYE. */
    CALLER_HUNG_UP,
    /** The application hung up (we sent BYE). */
    HUNG_UP,
    /** The caller gave up before the answer (CANCEL; we answered 487). */
    CANCELLED,
    /** The application rejected the call before answering. */
    REJECTED,
    /** Our 200 OK was never acknowledged (no ACK within 64*T1); we sent BYE. */
    ACK_TIMEOUT,
    /** The configured maximum call duration passed; we sent BYE. */
    MAX_DURATION,
    /** No RTP arrived for the configured time; we sent BYE. */
    NO_RTP,
    /** The caller was handed to a person by REFER; we sent BYE to leave the call. */
    TRANSFERRED,
    /** The endpoint stopped; we sent BYE. */
    SHUTDOWN,
    /** A local failure (e.g. the application's handler threw). */
    ERROR
}
