package com.voiceorder.voice;

import java.util.Objects;

/** How the agent decides the caller finished speaking. */
public sealed interface TurnDetection {

    /**
     * Voice activity detection on loudness.
     *
     * @param threshold       0..1, higher needs louder speech (better in noise)
     * @param silenceMillis   silence that ends the caller's turn
     */
    record ServerVad(double threshold, int silenceMillis) implements TurnDetection {
        public ServerVad {
            if (threshold < 0 || threshold > 1) {
                throw new IllegalArgumentException("VAD threshold " + threshold + " is not between 0 and 1");
            }
            if (silenceMillis < 0) {
                throw new IllegalArgumentException("silence " + silenceMillis + " ms");
            }
        }

        /** OpenAI's defaults: threshold 0.5, 500 ms of silence. */
        public static ServerVad defaults() {
            return new ServerVad(0.5, 500);
        }
    }

    /** Turn detection on the meaning of what was said. */
    record SemanticVad(Eagerness eagerness) implements TurnDetection {
        public SemanticVad {
            Objects.requireNonNull(eagerness, "eagerness");
        }
    }

    /** How quickly semantic detection answers (low waits longest). */
    enum Eagerness {
        LOW, MEDIUM, HIGH, AUTO
    }
}
