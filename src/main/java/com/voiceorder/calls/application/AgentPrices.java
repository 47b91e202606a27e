package com.voiceorder.calls.application;

import com.voiceorder.voice.ResponseDone.Usage;

/**
 * The AI's price table, in euros per million tokens (keys {@code voiceorder.openai.price.*}; defaults
 * are OpenAI's list prices for gpt-realtime in dollars, taken one for one as a cautious estimate).
 */
public record AgentPrices(double audioInput, double cachedInput, double audioOutput, double textInput,
                          double textOutput) {

    public static final AgentPrices GPT_REALTIME = new AgentPrices(32, 0.40, 64, 4, 16);

    /** Cost of one response's usage in millionths of a euro (cached tokens at the cached price). */
    public long microEuros(Usage usage) {
        long cached = Math.min(usage.cachedInputTokens(), usage.inputAudioTokens() + usage.inputTextTokens());
        long cachedFromAudio = Math.min(cached, usage.inputAudioTokens());
        long cachedFromText = cached - cachedFromAudio;
        double euros = (usage.inputAudioTokens() - cachedFromAudio) * audioInput
                + (usage.inputTextTokens() - cachedFromText) * textInput
                + cached * cachedInput
                + usage.outputAudioTokens() * audioOutput
                + usage.outputTextTokens() * textOutput;
        return Math.round(euros); // € per million tokens × tokens = micro-euros
    }
}
