package com.voiceorder.twilio;

/** Our side of a bidirectional Media Stream: what the bridge sends to the caller. Thread-safe. */
public interface TwilioStream {

    String streamSid();

    String callSid();

    /** Agent audio, μ-law 8 kHz (Twilio plays it at real time; send it as it comes). */
    void sendAudio(byte[] mulaw);

    /** A checkpoint echoed back as {@link StreamMessage.Mark} once the audio before it has played. */
    void mark(String name);

    /** Drops the audio Twilio queued and has not played (barge-in). */
    void clear();

    /** Ends the stream (Twilio continues with the TwiML after {@code <Connect>}, if any). */
    void close();
}
