package com.voiceorder.calls.domain;

import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How the AI assistant behaves on a line: language, voice, extra instructions, greeting and turn
 * detection. Null voice / threshold / silence / eagerness mean "the product default".
 */
@Embeddable
public class AssistantSettings {

    @Column(name = "assistant_language", length = 10, nullable = false)
    private String language;

    @Column(name = "assistant_voice", length = 40)
    private String voice;

    @Column(name = "assistant_extra_instructions", length = 4000)
    private String extraInstructions;

    @Column(name = "assistant_greeting", length = 1000)
    private String greeting;

    @Enumerated(EnumType.STRING)
    @Column(name = "assistant_turn_detection", length = 20, nullable = false)
    private TurnDetection turnDetection;

    @Column(name = "assistant_vad_threshold")
    private Double vadThreshold;

    @Column(name = "assistant_silence_ms")
    private Integer silenceMs;

    @Enumerated(EnumType.STRING)
    @Column(name = "assistant_eagerness", length = 10)
    private Eagerness eagerness;

    protected AssistantSettings() {
    }

    public AssistantSettings(String language, String voice, String extraInstructions, String greeting,
                             TurnDetection turnDetection, Double vadThreshold, Integer silenceMs, Eagerness eagerness) {
        String lang = Guard.optionalText("assistant.language", language, 10);
        this.language = lang == null ? "fr" : lang;
        this.voice = Guard.optionalText("assistant.voice", voice, 40);
        this.extraInstructions = Guard.optionalText("assistant.extraInstructions", extraInstructions, 4000);
        this.greeting = Guard.optionalText("assistant.greeting", greeting, 1000);
        this.turnDetection = turnDetection == null ? TurnDetection.SERVER_VAD : turnDetection;
        if (vadThreshold != null && (vadThreshold < 0 || vadThreshold > 1)) {
            throw new DomainException("assistant.vadThreshold", "the VAD threshold is between 0 and 1");
        }
        this.vadThreshold = vadThreshold;
        this.silenceMs = silenceMs == null ? null : Guard.between("assistant.silenceMs", silenceMs, 100, 5000);
        this.eagerness = eagerness;
    }

    /** French, default voice, server VAD, no extra instructions. */
    public static AssistantSettings defaults() {
        return new AssistantSettings("fr", null, null, null, TurnDetection.SERVER_VAD, null, null, null);
    }

    public String getLanguage() {
        return language;
    }

    public String getVoice() {
        return voice;
    }

    public String getExtraInstructions() {
        return extraInstructions;
    }

    public String getGreeting() {
        return greeting;
    }

    public TurnDetection getTurnDetection() {
        return turnDetection;
    }

    public Double getVadThreshold() {
        return vadThreshold;
    }

    public Integer getSilenceMs() {
        return silenceMs;
    }

    public Eagerness getEagerness() {
        return eagerness;
    }
}
