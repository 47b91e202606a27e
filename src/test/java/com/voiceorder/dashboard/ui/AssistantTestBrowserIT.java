package com.voiceorder.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.Browser;
import com.voiceorder.testing.DashboardSignIn;
import com.voiceorder.testing.LibertyServer;
import com.voiceorder.testing.ScriptedRealtimeServer;
import com.voiceorder.testing.ScriptedRealtimeServer.Connection;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Tester l'assistant" in a real browser with a fake microphone: the page streams the microphone to
 * the demo line's agent (here the scripted OpenAI Realtime server) and plays its answers; the caller
 * speaking over the agent clears what the browser queued; an order taken this way is a test order,
 * and the dialog shows the call's transcript and tool calls as they are recorded.
 */
class AssistantTestBrowserIT {


    private static ScriptedRealtimeServer openai;
    private static LibertyServer server;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(System.getProperty("voiceorder.it.liberty.home") != null, "integration test: run by Failsafe");
        openai = ScriptedRealtimeServer.start();
        server = LibertyServer.dedicated(Map.of(
                "VOICEORDER_SIP_ENABLED", "false",
                "VOICEORDER_OPENAI_API_KEY", "sk-test-browser-it",
                "VOICEORDER_OPENAI_REALTIME_URL", openai.url().toString(),
                "VOICEORDER_OPENAI_CONNECT_TIMEOUT_MS", "1500"));
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

    @BeforeEach
    void openBrowser() {
        browser = Browser.withFakeMicrophone();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void the_owner_talks_to_the_line_agent_from_the_browser_and_its_order_is_a_test_order() throws Exception {
        long restaurantId = DashboardSignIn.asAdminOnDemoRestaurant(browser, wait, server);
        browser.get(server.uri("/r/" + restaurantId + "/settings").toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-tab[contains(., 'Lignes')]"))).click();
        int connection = openai.connectionCount();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.settings-line-test"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("assistant-test-start"))).click();

        Connection model = openai.connection(connection);
        JsonNode update = model.awaitReceived("session.update");
        assertThat(update.at("/session/audio/input/format/type").asText()).isEqualTo("audio/pcmu");
        assertThat(update.at("/session/instructions").asText()).as("the line's real prompt").contains("Margherita");
        model.awaitReceived("response.create");
        wait.until(ExpectedConditions.attributeToBe(By.id("assistant-test-state"), "data-state", "live"));

        model.responseCreated("resp_greeting");
        model.audioDeltas("resp_greeting", "item_greeting", muLawSilence(3000), 4000, 8000, 12000);
        model.agentTranscriptDone("resp_greeting", "item_greeting", "Bonjour ! Que puis-je faire pour vous ?");
        model.responseDone("resp_greeting", "completed", null, 900, 0, 0, 20, 50);
        wait.until(d -> tester("receivedBytes") >= 24000);
        await().atMost(Duration.ofSeconds(20)).alias("the microphone reaches the agent")
                .until(() -> model.appendedAudio().length >= 8000);
        assertThat(tester("sentFrames")).isGreaterThanOrEqualTo(50);

        model.speechStarted("item_caller", 0);
        wait.until(d -> tester("clears") >= 1);
        JsonNode result = model.toolResultAfterCaller("Deux margherita à emporter, au nom de Sarah.", "confirm_order",
                "{\"type\":\"pickup\",\"items\":[{\"item\":\"Margherita\",\"quantity\":2,\"options\":[\"Normale (31 cm)\"]}],"
                        + "\"customer_name\":\"Sarah\",\"phone\":\"+33612345600\"}");
        assertThat(result.path("ok").asBoolean()).as(result.toString()).isTrue();
        long orderId = result.path("order_id").asLong();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assistant-test-transcript"),
                "Deux margherita à emporter"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#assistant-test-call .call-tools"),
                "confirm_order"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assistant-test-order"),
                String.valueOf(orderId)));

        browser.findElement(By.id("assistant-test-hang-up")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("assistant-test-state"), "data-state", "ended"));
        wait.until(ExpectedConditions.attributeToBe(By.id("assistant-test-outcome"), "data-outcome", "ORDER"));

        ApiClient admin = ApiClient.admin(server);
        JsonNode order = admin.get("/api/restaurants/" + restaurantId + "/orders/" + orderId).json();
        assertThat(order.path("test").asBoolean()).as(order.toString()).isTrue();
        assertThat(order.path("customer").path("name").asText()).isEqualTo("Sarah");
        String callId = browser.findElement(By.cssSelector("#assistant-test-call a")).getAttribute("href")
                .replaceAll(".*[?&]call=(\\d+).*", "$1");
        JsonNode call = admin.get("/api/restaurants/" + restaurantId + "/calls/" + callId).json();
        assertThat(call.path("test").asBoolean()).as(call.toString()).isTrue();
        assertThat(call.path("orderId").asLong()).isEqualTo(orderId);
    }

    /** A counter of the page's tester element. */
    private long tester(String counter) {
        Object value = browser.executeScript(
                "const t = document.querySelector('voiceorder-assistant-tester'); return t ? t." + counter + " : 0;");
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static byte[] muLawSilence(int millis) {
        byte[] audio = new byte[millis * 8];
        Arrays.fill(audio, (byte) 0xFF);
        return audio;
    }
}
