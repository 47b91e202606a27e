package com.voiceorder.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.ApiFixtures;
import com.voiceorder.testing.BoardBrowser;
import com.voiceorder.testing.LibertyServer;
import com.voiceorder.testing.TestTenant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The service board in a real browser: live by push over WebSocket, scoped to the owner's restaurants, bilingual. */
class LiveBoardBrowserIT {

    private LibertyServer server;
    private TestTenant tenant;
    private BoardBrowser browser;
    private long pizza;

    @BeforeEach
    void openBrowser() {
        server = LibertyServer.shared();
        tenant = TestTenant.create(server);
        long category = ApiFixtures.category(tenant.admin(), tenant.restaurantId(), "Pizzas");
        JsonNode item = ApiFixtures.item(tenant.admin(), tenant.restaurantId(), category, "Regina", 1200, List.of());
        pizza = item.get("id").asLong();
        browser = BoardBrowser.start(server.baseUri()).signIn(tenant.ownerUsername(), TestTenant.PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private long placeOrder(ApiClient client) {
        Reply created = client.post(tenant.path("/orders"), Map.of("type", "pickup",
                "customer", Map.of("phone", "06 12 34 56 78", "name", "Client Live"),
                "lines", List.of(Map.of("itemId", pizza, "quantity", 2, "optionIds", List.of()))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void an_order_created_through_the_api_appears_on_the_open_board_without_reload_and_moves_on_a_click() {
        browser.openBoard(tenant.restaurantId(), true);
        browser.driver().executeScript("window.__sameDocument = 'yes'");
        assertThat(browser.driver().findElements(By.id("restaurant-switcher"))).allMatch(e -> !e.isDisplayed());

        long orderId = placeOrder(tenant.staff());

        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> browser.seenAt("order-" + orderId) != null);
        assertThat(browser.driver().executeScript("return window.__sameDocument")).isEqualTo("yes");
        assertThat(browser.find("order-" + orderId).getText()).contains("2 × Regina", "Client Live");
        assertThat(browser.driver().executeScript("return window.voiceorderChimes")).isEqualTo(1L);
        assertThat(browser.driver().findElement(By.cssSelector("#board-kitchen h3")).getText()).endsWith("(1)");
        assertThat(browser.driver().findElement(By.cssSelector("#board-timeline h3")).getText()).endsWith("(0)");

        browser.find("order-" + orderId + "-ACCEPTED").click();

        browser.waiting().until(d -> browser.find("order-" + orderId).getText().contains("Acceptée"));
        assertThat(tenant.owner().get(tenant.path("/orders/" + orderId)).json().get("status").asText())
                .isEqualTo("ACCEPTED");
        assertThat(browser.driver().findElements(By.id("order-" + orderId + "-COMPLETED"))).isEmpty();
    }

    @Test
    void push_runs_over_a_websocket_and_never_falls_back_to_long_polling() {
        browser.openBoard(tenant.restaurantId(), false);

        assertThat(browser.openWebSockets()).isEqualTo(1);
        assertThat(browser.webSocketUrls()).singleElement().asString().contains("X-Atmosphere-Transport=websocket");
        long orderId = placeOrder(tenant.owner());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> browser.seenAt("order-" + orderId) != null);
        assertThat(browser.longPollingRequests()).isEmpty();
    }

    @Test
    void the_owner_of_one_restaurant_opening_another_restaurants_board_gets_not_found() {
        long other = ApiFixtures.restaurant(tenant.admin());

        browser.driver().get(server.uri("/r/" + other + "/board").toString());

        browser.waiting().until(d -> {
            String text = d.findElement(By.tagName("body")).getText().toLowerCase();
            return text.contains("not found") || text.contains("introuvable");
        });
        assertThat(browser.driver().findElements(By.id("service-board"))).isEmpty();
        assertThat(tenant.owner().get("/api/restaurants/" + other + "/orders").status()).isEqualTo(404);
    }

    @Test
    void the_board_speaks_french_first_and_switches_to_english() {
        browser.openBoard(tenant.restaurantId(), false);
        assertThat(browser.find("service-board").getText()).contains("Planning du service", "Cuisine");

        browser.find("switch-language").click();

        browser.waiting().until(d -> d.findElement(By.id("service-board")).getText().contains("Service board"));
        assertThat(browser.find("service-board").getText()).contains("Kitchen", "Handoff / delivery");
    }
}
