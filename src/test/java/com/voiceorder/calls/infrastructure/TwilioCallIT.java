package com.voiceorder.calls.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.LibertyServer;
import com.voiceorder.testing.ScriptedRealtimeServer;
import com.voiceorder.testing.ScriptedRealtimeServer.Connection;
import com.voiceorder.testing.TwilioMediaStreamClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Twilio calls answered by the AI agent, end to end, with SIP turned off: this test plays Twilio (signed
 * voice webhook, then the Media Stream WebSocket) on a TWILIO line of a running server, whose agent is the
 * scripted OpenAI Realtime server. What must come out is real: the order in the database, the call record
 * with its turns and outcome, Twilio told to clear its audio when the caller speaks over the agent.
 */
class TwilioCallIT {

    private static final String AUTH_TOKEN = "twilio-it-auth-token";
    private static final String TWILIO_LINE = "+33491000077";
    private static final String CALLER = "+33612345678";

    private static ScriptedRealtimeServer openai;
    private static LibertyServer server;
    private static ApiClient admin;
    private static String restaurantId;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(System.getProperty("voiceorder.it.liberty.home") != null, "integration test: run by Failsafe");
        openai = ScriptedRealtimeServer.start();
        server = LibertyServer.dedicated(Map.of(
                "VOICEORDER_SIP_ENABLED", "false",
                "VOICEORDER_TWILIO_AUTH_TOKEN", AUTH_TOKEN,
                "VOICEORDER_OPENAI_API_KEY", "sk-test-twilio-it",
                "VOICEORDER_OPENAI_REALTIME_URL", openai.url().toString(),
                "VOICEORDER_OPENAI_CONNECT_TIMEOUT_MS", "1500"));
        admin = ApiClient.admin(server);
        restaurantId = elements(admin.get("/api/restaurants")).get(0).path("id").asText();
        Reply line = admin.post("/api/restaurants/" + restaurantId + "/lines",
                Map.of("number", TWILIO_LINE, "displayName", "Twilio", "mode", "TWILIO"));
        assertThat(line.status()).as(line.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (openai != null) {
            openai.close();
        }
    }

    @Test
    void a_phone_order_taken_through_a_twilio_stream_is_in_the_orders_and_on_the_call_record() throws Exception {
        int connection = openai.connectionCount();
        try (var twilio = TwilioMediaStreamClient.call(server, AUTH_TOKEN, "CA10000000000000000000000000000001",
                CALLER, TWILIO_LINE)) {
            Connection model = openai.connection(connection);
            JsonNode update = model.awaitReceived("session.update");
            assertThat(update.at("/session/audio/input/format/type").asText()).isEqualTo("audio/pcmu");
            assertThat(update.at("/session/tools").toString()).contains("confirm_order");
            model.awaitReceived("response.create");
            model.responseCreated("resp_greeting");
            model.audioDeltas("resp_greeting", "item_greeting", muLawSilence(600), 700, 1900);
            model.agentTranscriptDone("resp_greeting", "item_greeting", "Bonjour ! Que puis-je faire pour vous ?");
            model.responseDone("resp_greeting", "completed", null, 900, 0, 0, 20, 50);
            await().atMost(Duration.ofSeconds(15)).until(() -> twilio.receivedAudioBytes() >= 4800);

            twilio.sendSilence(1000);
            await().atMost(Duration.ofSeconds(15)).until(() -> model.appendedAudio().length >= 8000);
            model.speechStarted("item_caller", 0);
            JsonNode result = model.toolResultAfterCaller("Deux margherita à emporter, au nom de Mohamed.",
                    "confirm_order", "{\"type\":\"pickup\",\"items\":[{\"item\":\"Margherita\",\"quantity\":2,"
                            + "\"options\":[\"Normale (31 cm)\"]}],\"customer_name\":\"Mohamed\"}");
            assertThat(result.path("ok").asBoolean()).as(result.toString()).isTrue();
            long orderId = result.path("order_id").asLong();
            twilio.stop();

            JsonNode order = admin.get("/api/restaurants/" + restaurantId + "/orders/" + orderId).json();
            assertThat(order.path("source").asText()).isEqualTo("PHONE");
            assertThat(order.path("customer").path("phone").asText()).isEqualTo(CALLER);
            assertThat(order.path("lines").get(0).path("quantity").asInt()).isEqualTo(2);

            JsonNode record = await().atMost(Duration.ofSeconds(15)).until(() -> callWithOrder(orderId),
                    found -> found != null && !"IN_PROGRESS".equals(found.path("outcome").asText()));
            assertThat(record.path("outcome").asText()).isEqualTo("ORDER");
            assertThat(record.path("callerNumber").asText()).isEqualTo(CALLER);
            assertThat(record.path("calledNumber").asText()).isEqualTo(TWILIO_LINE);
            assertThat(record.path("turns").findValuesAsText("text"))
                    .contains("Bonjour ! Que puis-je faire pour vous ?", "Deux margherita à emporter, au nom de Mohamed.");
            assertThat(record.path("toolCalls").get(0).path("name").asText()).isEqualTo("confirm_order");
        }
    }

    @Test
    void the_caller_speaking_over_the_agent_clears_twilio_and_truncates_the_agent_at_what_was_played() throws Exception {
        int connection = openai.connectionCount();
        try (var twilio = TwilioMediaStreamClient.call(server, AUTH_TOKEN, "CA10000000000000000000000000000002",
                CALLER, TWILIO_LINE)) {
            Connection model = openai.connection(connection);
            model.awaitReceived("response.create");
            model.responseCreated("resp_greeting");
            long sentNanos = System.nanoTime();
            model.audioDeltas("resp_greeting", "item_greeting", muLawSilence(5000), 4000);
            await().atMost(Duration.ofSeconds(15)).until(() -> twilio.firstMediaNanos() != 0
                    && System.nanoTime() - twilio.firstMediaNanos() >= TimeUnit.MILLISECONDS.toNanos(800));

            model.speechStarted("item_caller", 0);

            await().atMost(Duration.ofSeconds(10)).until(() -> !twilio.received("clear").isEmpty());
            long playingAtMost = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sentNanos);
            JsonNode truncate = model.awaitReceived("conversation.item.truncate");
            assertThat(truncate.path("item_id").asText()).isEqualTo("item_greeting");
            assertThat(truncate.path("audio_end_ms").asLong()).isBetween(800L, Math.min(5000L, playingAtMost));
            twilio.stop();
        }
    }

    @Test
    void a_caller_nobody_answered_after_a_transfer_is_reconnected_to_a_stream_that_takes_a_voicemail() throws Exception {
        int messagesBefore = elements(admin.get("/api/restaurants/" + restaurantId + "/messages")).size();
        try (var twilio = TwilioMediaStreamClient.streamAnswering(server, "/twilio/transfer-result?token=expired-or-unknown",
                AUTH_TOKEN, "CA10000000000000000000000000000004", CALLER, TWILIO_LINE,
                Map.of("DialCallStatus", "no-answer"))) {
            await().atMost(Duration.ofSeconds(15)).until(() -> twilio.receivedAudioBytes() >= 8000);
            await().atMost(Duration.ofSeconds(60)).until(() -> twilio.receivedAudioBytes() > 0
                    && System.nanoTime() - twilio.firstMediaNanos()
                    >= TimeUnit.MILLISECONDS.toNanos(twilio.receivedAudioBytes() / 8 + 300));
            twilio.sendSilence(2000);
            twilio.stop();
        }
        List<JsonNode> messages = await().atMost(Duration.ofSeconds(15)).until(
                () -> elements(admin.get("/api/restaurants/" + restaurantId + "/messages")),
                found -> found.size() > messagesBefore);
        assertThat(messages).anySatisfy(message -> {
            assertThat(message.path("kind").asText()).isEqualTo("VOICEMAIL");
            assertThat(message.path("callbackNumber").asText()).isEqualTo(CALLER);
        });
    }

    @Test
    void a_call_to_a_number_no_line_has_is_closed_and_leaves_no_call_record() throws Exception {
        int callsBefore = elements(admin.get("/api/restaurants/" + restaurantId + "/calls")).size();
        try (var twilio = TwilioMediaStreamClient.call(server, AUTH_TOKEN, "CA10000000000000000000000000000003",
                CALLER, "+33499999999")) {
            twilio.awaitClosed(Duration.ofSeconds(15));
        }
        assertThat(elements(admin.get("/api/restaurants/" + restaurantId + "/calls"))).hasSize(callsBefore);
    }

    private static JsonNode callWithOrder(long orderId) {
        for (JsonNode summary : elements(admin.get("/api/restaurants/" + restaurantId + "/calls"))) {
            JsonNode call = admin.get("/api/restaurants/" + restaurantId + "/calls/" + summary.path("id").asText()).json();
            if (call.path("orderId").asLong() == orderId) {
                return call;
            }
        }
        return null;
    }

    static byte[] muLawSilence(int millis) {
        byte[] audio = new byte[millis * 8];
        Arrays.fill(audio, (byte) 0xFF);
        return audio;
    }

    static List<JsonNode> elements(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return StreamSupport.stream(reply.json().spliterator(), false).toList();
    }
}
