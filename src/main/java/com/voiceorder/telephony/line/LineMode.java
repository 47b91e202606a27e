package com.voiceorder.telephony.line;

/** How calls reach a line. */
public enum LineMode {
    /** We register to a SIP trunk (OVH, …) with credentials; it sends us INVITEs for the account. */
    REGISTER_TO_TRUNK,
    /** A gateway (Grandstream HT841 FXO) sends us INVITEs, registered to us or from allowed addresses. */
    ACCEPT_FROM_GATEWAY
}
