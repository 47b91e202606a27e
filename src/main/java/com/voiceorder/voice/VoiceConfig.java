package com.voiceorder.voice;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Configuration of the voice agent (keys {@code voiceorder.openai.*}); the container fills it.
 *
 * @param apiKey              OpenAI API key, from the environment only; empty = agent off (voicemail)
 * @param realtimeUrl         Realtime WebSocket base URL ({@code ?model=} is added)
 * @param model               realtime model
 * @param voice               default voice when a session does not choose one
 * @param transcriptionModel  model transcribing the caller for the call log
 * @param connectTimeout      longest wait for a usable session (handshake + configuration)
 * @param sessionRenewal      age at which a session's connection is replaced by a fresh one, the
 *                            conversation replayed, at the next pause (OpenAI ends sessions at 60 min)
 */
public record VoiceConfig(String apiKey, URI realtimeUrl, String model, String voice, String transcriptionModel,
                          Duration connectTimeout, Duration sessionRenewal) {

    public static final String DEFAULT_URL = "wss://api.openai.com/v1/realtime";
    public static final String DEFAULT_MODEL = "gpt-realtime";
    public static final String DEFAULT_VOICE = "marin";
    public static final String DEFAULT_TRANSCRIPTION_MODEL = "gpt-4o-mini-transcribe";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_SESSION_RENEWAL = Duration.ofMinutes(55);

    public VoiceConfig {
        apiKey = apiKey == null ? "" : apiKey.strip();
        Objects.requireNonNull(realtimeUrl, "realtimeUrl");
        String scheme = realtimeUrl.getScheme();
        if (!"wss".equals(scheme) && !"ws".equals(scheme)) {
            throw new IllegalArgumentException("The realtime URL must be ws:// or wss://, not " + realtimeUrl);
        }
        model = orDefault(model, DEFAULT_MODEL);
        voice = orDefault(voice, DEFAULT_VOICE);
        transcriptionModel = orDefault(transcriptionModel, DEFAULT_TRANSCRIPTION_MODEL);
        connectTimeout = connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()
                ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        sessionRenewal = sessionRenewal == null || sessionRenewal.isNegative() || sessionRenewal.isZero()
                ? DEFAULT_SESSION_RENEWAL : sessionRenewal;
    }

    /** With the default session renewal. */
    public VoiceConfig(String apiKey, URI realtimeUrl, String model, String voice, String transcriptionModel,
                       Duration connectTimeout) {
        this(apiKey, realtimeUrl, model, voice, transcriptionModel, connectTimeout, null);
    }

    /** DESIGN §5 defaults with the given key. */
    public static VoiceConfig withKey(String apiKey) {
        return new VoiceConfig(apiKey, URI.create(DEFAULT_URL), null, null, null, null);
    }

    public boolean isConfigured() {
        return !apiKey.isEmpty();
    }

    /** The URL to connect to: the base URL with {@code model} added to its query. */
    public URI connectUri() {
        String base = realtimeUrl.toString();
        String separator = realtimeUrl.getRawQuery() == null ? "?" : "&";
        return URI.create(base + separator + "model=" + java.net.URLEncoder.encode(model,
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "VoiceConfig[apiKey=" + (isConfigured() ? "(set)" : "(empty)") + ", realtimeUrl=" + realtimeUrl
                + ", model=" + model + ", voice=" + voice + ", transcriptionModel=" + transcriptionModel
                + ", connectTimeout=" + connectTimeout + ", sessionRenewal=" + sessionRenewal + "]";
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
