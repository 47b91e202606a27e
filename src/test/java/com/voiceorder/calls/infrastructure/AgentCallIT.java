package com.voiceorder.calls.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voiceorder.telephony.media.WavReader;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.LibertyServer;
import com.voiceorder.testing.ScriptedRealtimeServer;
import com.voiceorder.testing.ScriptedRealtimeServer.Connection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Phone calls answered by the AI agent, end to end: SIPp calls the demo line of a running server
 * whose agent is the scripted OpenAI Realtime server below (voiceorder.openai.realtime-url), playing
 * the model's part of the conversation. What must come out is real: the order in the database, the
 * call record with its tool calls, the voicemail when the agent is lost.
 */
class AgentCallIT {

    private static final String DEMO_LINE = "+33491000000";
    private static final String GREETING_WAV = "src/main/resources/audio/voicemail-greeting-fr.wav";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ScriptedRealtimeServer openai;
    private static LibertyServer server;
    private static ApiClient admin;
    private static String restaurantId;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(System.getProperty("voiceorder.it.liberty.home") != null, "integration test: run by Failsafe");
        openai = ScriptedRealtimeServer.start();
        server = LibertyServer.dedicated(Map.of(
                "VOICEORDER_OPENAI_API_KEY", "sk-test-agent-it",
                "VOICEORDER_OPENAI_REALTIME_URL", openai.url().toString(),
                "VOICEORDER_OPENAI_CONNECT_TIMEOUT_MS", "1500"));
        admin = ApiClient.admin(server);
        Reply restaurants = admin.get("/api/restaurants");
        restaurantId = elements(restaurants).get(0).path("id").asText();
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
    void a_phone_order_taken_by_the_agent_is_in_the_orders_and_on_the_call_record() throws Exception {
        int connection = openai.connectionCount();
        CompletableFuture<Sipp.Result> call = CompletableFuture.supplyAsync(() ->
                sipp(1).scenario("uac_voicemail.xml", DEMO_LINE, Duration.ofSeconds(60), "-d", "500"));

        Connection model = openai.connection(connection);
        JsonNode update = model.awaitReceived("session.update");
        assertThat(update.at("/session/audio/input/format/type").asText()).isEqualTo("audio/pcma");
        assertThat(update.at("/session/instructions").asText()).contains("Margherita");
        assertThat(update.at("/session/tools").toString()).contains("confirm_order");
        model.awaitReceived("response.create");
        model.responseCreated("resp_greeting");
        model.audioDeltas("resp_greeting", "item_greeting", silence(1000), 700, 1900, 5400);
        model.responseDone("resp_greeting", "completed", null, 900, 0, 0, 20, 50);

        await().atMost(Duration.ofSeconds(15)).until(() -> model.appendedAudio().length >= 8000);
        model.speechStarted("item_caller", 0);
        model.speechStopped("item_caller", 1000);
        model.responseCreated("resp_order");
        model.functionCall("resp_order", "item_call", "call_order_1", "confirm_order",
                "{\"type\":\"pickup\",\"items\":[{\"item\":\"Margherita\",\"quantity\":2,\"options\":[\"Normale (31 cm)\"]}],"
                        + "\"customer_name\":\"Mohamed\"}");
        model.responseDone("resp_order", "completed", null, 1200, 300, 0, 40, 0);

        JsonNode output = model.awaitReceived("conversation.item.create",
                event -> "function_call_output".equals(event.at("/item/type").asText()));
        assertThat(output.at("/item/call_id").asText()).isEqualTo("call_order_1");
        JsonNode result = JSON.readTree(output.at("/item/output").asText());
        assertThat(result.path("ok").asBoolean()).as(result.toString()).isTrue();
        long orderId = result.path("order_id").asLong();

        Sipp.Result finished = call.join();
        assertThat(finished.exitCode()).as(finished.output()).isZero();

        JsonNode order = admin.get("/api/restaurants/" + restaurantId + "/orders/" + orderId).json();
        assertThat(order.path("source").asText()).isEqualTo("PHONE");
        assertThat(order.path("customer").path("phone").asText()).isEqualTo("+33612345678");
        assertThat(order.path("lines").get(0).path("quantity").asInt()).isEqualTo(2);

        JsonNode record = await().atMost(Duration.ofSeconds(15)).until(
                () -> callWithOrder(orderId), found -> found != null && !"IN_PROGRESS".equals(found.path("outcome").asText()));
        assertThat(record.path("outcome").asText()).isEqualTo("ORDER");
        assertThat(record.path("toolCalls").get(0).path("name").asText()).isEqualTo("confirm_order");
        assertThat(record.path("latency").path("turnCount").asInt()).isGreaterThanOrEqualTo(0);
        assertThat(record.path("costMicroEuros").asLong()).isPositive();
    }

    @Test
    void a_caller_whose_agent_drops_mid_call_leaves_a_voicemail() throws Exception {
        long greetingMillis = WavReader.read(Path.of(GREETING_WAV)).durationMillis();
        int connection = openai.connectionCount();
        int messagesBefore = elements(admin.get("/api/restaurants/" + restaurantId + "/messages")).size();
        CompletableFuture<Sipp.Result> call = CompletableFuture.supplyAsync(() ->
                sipp(2).scenario("uac_voicemail.xml", DEMO_LINE, Duration.ofSeconds(60),
                        "-d", Long.toString(4000 + greetingMillis + 1500)));

        Connection model = openai.connection(connection);
        model.awaitReceived("response.create");
        model.responseCreated("resp_greeting");
        model.audioDeltas("resp_greeting", "item_greeting", silence(500), 4000);
        openai.staySilent(true); // the one reconnection attempt gets no session: the agent is lost
        try {
            model.drop();
            Sipp.Result finished = call.join();
            assertThat(finished.exitCode()).as(finished.output()).isZero();
        } finally {
            openai.staySilent(false);
        }

        List<JsonNode> messages = await().atMost(Duration.ofSeconds(15)).until(
                () -> elements(admin.get("/api/restaurants/" + restaurantId + "/messages")),
                found -> found.size() > messagesBefore);
        JsonNode voicemail = messages.stream().filter(m -> "VOICEMAIL".equals(m.path("kind").asText()))
                .max((a, b) -> Long.compare(a.path("id").asLong(), b.path("id").asLong())).orElseThrow();
        assertThat(voicemail.path("callbackNumber").asText()).isEqualTo("+33612345678");
        assertThat(voicemail.path("audioDurationSeconds").asInt()).isPositive();
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

    private static Sipp sipp(int offset) {
        return new Sipp(server.sipPort(), server.sipPort() + 20 + offset, server.sipPort() + 200 + offset * 10);
    }

    private static byte[] silence(int millis) {
        byte[] audio = new byte[millis * 8];
        Arrays.fill(audio, (byte) 0xD5); // A-law silence
        return audio;
    }

    private static List<JsonNode> elements(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return StreamSupport.stream(reply.json().spliterator(), false).toList();
    }
}
