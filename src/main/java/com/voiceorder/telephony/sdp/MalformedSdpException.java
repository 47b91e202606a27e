package com.voiceorder.telephony.sdp;

/** The body is not an SDP description we can use. */
public class MalformedSdpException extends Exception {
    public MalformedSdpException(String message) {
        super(message);
    }
}
