package com.voiceorder.voice;

/** An error the agent reported (type, code, message as the vendor gave them). */
public record AgentError(String type, String code, String message) {
}
