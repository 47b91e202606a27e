package com.voiceorder.voice;

/**
 * An agent response finished.
 *
 * @param status  completed, cancelled, failed or incomplete
 * @param reason  why it did not complete (e.g. turn_detected), else null
 */
public record ResponseDone(String responseId, String status, String reason, Usage usage) {

    public boolean completed() {
        return "completed".equals(status);
    }

    /** Token counts of the response, for cost accounting; zero when the agent did not say. */
    public record Usage(long inputTextTokens, long inputAudioTokens, long cachedInputTokens, long outputTextTokens,
                        long outputAudioTokens) {

        public static final Usage NONE = new Usage(0, 0, 0, 0, 0);

        public long totalTokens() {
            return inputTextTokens + inputAudioTokens + outputTextTokens + outputAudioTokens;
        }
    }
}
