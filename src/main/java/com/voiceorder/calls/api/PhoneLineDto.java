package com.voiceorder.calls.api;

import com.voiceorder.calls.domain.AssistantSettings;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.calls.domain.SipAccount;
import java.time.Instant;
import java.util.List;

/** A phone line; the SIP password never leaves the server, only whether one is set. */
public record PhoneLineDto(Long id, String number, String displayName, String mode, boolean enabled, Sip sip,
                           List<String> allowedSources, boolean acceptUnknownSources, int maxConcurrentCalls,
                           String staffTransferNumber, Assistant assistant, String lastError, Instant lastErrorAt) {

    public record Sip(String registrarHost, int port, String transport, String username, String authUsername,
                      String domain, boolean hasPassword) {

        static Sip of(SipAccount account) {
            return account == null ? null : new Sip(account.getRegistrarHost(), account.getPort(),
                    account.getTransport() == null ? null : account.getTransport().name(), account.getUsername(),
                    account.getAuthUsername(), account.getDomain(), account.hasPassword());
        }
    }

    public record Assistant(String language, String voice, String extraInstructions, String greeting,
                            String turnDetection, Double vadThreshold, Integer silenceMs, String eagerness) {

        static Assistant of(AssistantSettings settings) {
            return settings == null ? null : new Assistant(settings.getLanguage(), settings.getVoice(),
                    settings.getExtraInstructions(), settings.getGreeting(),
                    settings.getTurnDetection() == null ? null : settings.getTurnDetection().name(),
                    settings.getVadThreshold(), settings.getSilenceMs(),
                    settings.getEagerness() == null ? null : settings.getEagerness().name());
        }
    }

    static PhoneLineDto of(PhoneLine line) {
        return new PhoneLineDto(line.getId(), line.getNumber(), line.getDisplayName(), line.getMode().name(),
                line.isEnabled(), Sip.of(line.getSipAccount()), line.getAllowedSources().stream().sorted().toList(),
                line.isAcceptUnknownSources(), line.getMaxConcurrentCalls(), line.getStaffTransferNumber(),
                Assistant.of(line.getAssistant()), line.getLastError(), line.getLastErrorAt());
    }
}
