package com.voiceorder.calls.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A phone line. Numbers in any notation (national ones in the restaurant's country). The SIP
 * password is write-only: null keeps the stored one, blank removes it; it is never returned.
 * enabled null = true; maxConcurrentCalls null = 4; assistant null = defaults.
 */
public record PhoneLineRequest(
        @Schema(example = "+33491000000") @NotBlank(message = "number is required") String number,
        @Size(max = 100, message = "displayName is at most 100 characters") String displayName,
        @Schema(enumeration = {"REGISTER_TO_TRUNK", "ACCEPT_FROM_GATEWAY", "TWILIO"})
        @NotBlank(message = "mode is required: REGISTER_TO_TRUNK, ACCEPT_FROM_GATEWAY or TWILIO") String mode,
        Boolean enabled,
        @Valid Sip sip,
        Set<@NotBlank(message = "a source address is blank") String> allowedSources,
        boolean acceptUnknownSources,
        @Min(value = 1, message = "maxConcurrentCalls is at least 1")
        @Max(value = 500, message = "maxConcurrentCalls is at most 500") Integer maxConcurrentCalls,
        String staffTransferNumber,
        @Valid Assistant assistant) {

    /** The SIP trunk account; {@code password} is write-only. */
    public record Sip(
            @NotBlank(message = "sip.registrarHost is required") String registrarHost,
            Integer port,
            @Schema(enumeration = {"UDP", "TCP"}) String transport,
            @NotBlank(message = "sip.username is required") String username,
            String authUsername,
            String domain,
            @Schema(writeOnly = true) @Size(max = 200, message = "the password is at most 200 characters")
            String password) {

        @Override
        public String toString() {
            return "Sip[" + username + "@" + registrarHost + ", password=" + (password == null ? "unchanged" : "***") + "]";
        }
    }

    /** How the assistant behaves on the line. */
    public record Assistant(String language, String voice, String extraInstructions, String greeting,
                            @Schema(enumeration = {"SERVER_VAD", "SEMANTIC_VAD"}) String turnDetection,
                            Double vadThreshold, Integer silenceMs,
                            @Schema(enumeration = {"LOW", "MEDIUM", "HIGH", "AUTO"}) String eagerness) {
    }
}
