package com.voiceorder.voice;

/** A finished turn of speech as text: what the caller said (as transcribed) or what the agent said. */
public record Transcript(Speaker speaker, String itemId, String text) {

    public enum Speaker {
        CALLER, AGENT
    }
}
