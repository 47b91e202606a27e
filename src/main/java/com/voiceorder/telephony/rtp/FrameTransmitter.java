package com.voiceorder.telephony.rtp;

/** Sends one paced 20 ms frame; called by a single pacer thread per stream. */
@FunctionalInterface
public interface FrameTransmitter {

    /**
     * @param frame         160 bytes of G.711 (valid until the call returns)
     * @param skippedFrames frames dropped just before this one because the sender was late; the RTP
     *                      timestamp must advance over them so the receiver keeps its timing
     */
    void transmit(byte[] frame, int skippedFrames);
}
