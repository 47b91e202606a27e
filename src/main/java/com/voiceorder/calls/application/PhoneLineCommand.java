package com.voiceorder.calls.application;

import com.voiceorder.calls.domain.AssistantSettings;
import com.voiceorder.calls.domain.LineMode;
import com.voiceorder.calls.domain.SipTransport;
import com.voiceorder.shared.domain.PhoneNumber;
import java.util.Set;

/**
 * A phone line as edited. {@code sip} null = no SIP account; {@code maxConcurrentCalls} null = 4;
 * {@code assistant} null = defaults (French, server VAD).
 */
public record PhoneLineCommand(
        PhoneNumber number,
        String displayName,
        LineMode mode,
        boolean enabled,
        Sip sip,
        Set<String> allowedSources,
        boolean acceptUnknownSources,
        Integer maxConcurrentCalls,
        PhoneNumber staffTransferNumber,
        AssistantSettings assistant) {

    public PhoneLineCommand {
        allowedSources = allowedSources == null ? Set.of() : Set.copyOf(allowedSources);
    }

    /**
     * The SIP account; {@code password} is the clear password, encrypted before it is stored:
     * null keeps the stored one, blank removes it.
     */
    public record Sip(String registrarHost, Integer port, SipTransport transport, String username,
                      String authUsername, String domain, String password) {

        @Override
        public String toString() {
            return "Sip[" + username + "@" + registrarHost + ":" + port + ", password=" + (password == null ? "unchanged" : "***") + "]";
        }
    }
}
