package com.voiceorder.twilio;

/** A Media Streams message that is not valid JSON or lacks what its event requires. */
public class MalformedStreamMessageException extends RuntimeException {

    public MalformedStreamMessageException(String message) {
        super(message);
    }

    public MalformedStreamMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
