package com.voiceorder.twilio;

import java.util.List;
import java.util.Map;

/** A message Twilio sends on a Media Stream (see {@link MediaStreamMessages#decode}). */
public sealed interface StreamMessage {

    /** First message: the protocol spoken. */
    record Connected(String protocol, String version) implements StreamMessage {
    }

    /** Once, before any media: who is calling and our {@code <Parameter>}s back. */
    record Start(String streamSid, String accountSid, String callSid, List<String> tracks,
                 Map<String, String> customParameters, String encoding, int sampleRate, int channels)
            implements StreamMessage {
    }

    /** Caller audio: μ-law 8 kHz mono; {@code timestamp} in ms since the stream began. */
    record Media(String streamSid, String track, long chunk, long timestamp, byte[] payload) implements StreamMessage {
    }

    /** A key the caller pressed. */
    record Dtmf(String streamSid, String track, String digit) implements StreamMessage {
    }

    /** Audio we queued before this mark has been played (or cleared). */
    record Mark(String streamSid, String name) implements StreamMessage {
    }

    /** The stream ended (the call hung up or the TwiML moved on); the socket closes next. */
    record Stop(String streamSid, String accountSid, String callSid) implements StreamMessage {
    }

    /** An event this codec does not know; ignored by readers. */
    record Unknown(String event) implements StreamMessage {
    }
}
