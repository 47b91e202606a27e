package com.voiceorder.voice;

import java.util.List;
import java.util.Objects;

/**
 * What one agent session is for.
 *
 * @param instructions           the system prompt
 * @param tools                  functions the agent may call
 * @param voice                  voice name; null = the adapter's configured default
 * @param codec                  the call's G.711 law, used both ways
 * @param turnDetection          how the end of the caller's turn is detected
 * @param transcriptionLanguage  ISO-639-1 language of the caller's speech, for the transcript
 * @param greeting               what the agent says first, as soon as the session is ready; null = wait
 */
public record SessionConfig(String instructions, List<ToolDefinition> tools, String voice, AudioCodec codec,
                            TurnDetection turnDetection, String transcriptionLanguage, String greeting) {

    public SessionConfig {
        Objects.requireNonNull(instructions, "instructions");
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(turnDetection, "turnDetection");
        tools = tools == null ? List.of() : List.copyOf(tools);
        voice = blankToNull(voice);
        transcriptionLanguage = blankToNull(transcriptionLanguage);
        greeting = blankToNull(greeting);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
