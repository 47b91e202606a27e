package com.voiceorder.telephony.sdp;

/** An {@code a=rtpmap:<pt> <encoding>/<clock rate>} entry. */
public record RtpMap(int payloadType, String encoding, int clockRate) {
}
