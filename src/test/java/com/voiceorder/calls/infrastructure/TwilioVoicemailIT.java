package com.voiceorder.calls.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.telephony.media.WavReader;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.LibertyServer;
import com.voiceorder.testing.TwilioMediaStreamClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Without an OpenAI key a Twilio caller leaves a voicemail, as a SIP caller does: the greeting is played
 * on the stream, what the caller says after it is recorded and filed in the restaurant's messages.
 * The demo line is a gateway line; Twilio calls to its number are served too.
 */
class TwilioVoicemailIT {

    private static final String AUTH_TOKEN = "twilio-it-auth-token";
    private static final String DEMO_LINE = "+33491000000";
    private static final String CALLER = "+33612345678";
    private static final String GREETING_WAV = "src/main/resources/audio/voicemail-greeting-fr.wav";

    private static LibertyServer server;
    private static ApiClient admin;
    private static String restaurantId;

    @BeforeAll
    static void start() {
        assumeTrue(System.getProperty("voiceorder.it.liberty.home") != null, "integration test: run by Failsafe");
        server = LibertyServer.dedicated(Map.of(
                "VOICEORDER_SIP_ENABLED", "false",
                "VOICEORDER_TWILIO_AUTH_TOKEN", AUTH_TOKEN,
                "VOICEORDER_OPENAI_API_KEY", ""));
        admin = ApiClient.admin(server);
        restaurantId = TwilioCallIT.elements(admin.get("/api/restaurants")).get(0).path("id").asText();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void without_an_api_key_a_twilio_caller_leaves_a_voicemail_filed_in_the_messages() throws Exception {
        long greetingMillis = WavReader.read(Path.of(GREETING_WAV)).durationMillis();
        try (var twilio = TwilioMediaStreamClient.call(server, AUTH_TOKEN, "CA20000000000000000000000000000001",
                CALLER, DEMO_LINE)) {
            await().atMost(Duration.ofSeconds(15)).until(() -> twilio.receivedAudioBytes() >= greetingMillis * 8);
            await().atMost(Duration.ofMillis(greetingMillis + 15_000)).until(() ->
                    System.nanoTime() - twilio.firstMediaNanos() >= TimeUnit.MILLISECONDS.toNanos(greetingMillis + 300));
            twilio.sendSilence(2000);
            twilio.stop();
        }

        List<JsonNode> messages = await().atMost(Duration.ofSeconds(15)).until(
                () -> TwilioCallIT.elements(admin.get("/api/restaurants/" + restaurantId + "/messages")),
                found -> found.stream().anyMatch(m -> "VOICEMAIL".equals(m.path("kind").asText())));
        JsonNode voicemail = messages.stream().filter(m -> "VOICEMAIL".equals(m.path("kind").asText()))
                .findFirst().orElseThrow();
        assertThat(voicemail.path("callbackNumber").asText()).isEqualTo(CALLER);
        assertThat(voicemail.path("audioDurationSeconds").asInt()).isPositive();
    }
}
