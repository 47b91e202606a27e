package com.voiceorder.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.Browser;
import com.voiceorder.testing.DashboardSignIn;
import com.voiceorder.testing.LibertyServer;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The owner's menu page with a real browser, checked against what the phone agent is told: the
 * prompt is written from the database for each call, so a change in the page shows in the next prompt.
 */
class MenuPageBrowserIT {

    /** The demo restaurant's phone line (DESIGN.md §5), URL-encoded. */
    private static final String DEMO_LINE = "%2B33491000000";

    private LibertyServer server;
    private ApiClient api;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        server = LibertyServer.shared();
        api = ApiClient.admin(server);
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void an_item_created_in_the_page_then_sold_out_then_deleted_is_what_the_agent_is_told() {
        long restaurantId = DashboardSignIn.asAdminOnDemoRestaurant(browser, wait, server);
        String dish = "Tian de légumes " + UUID.randomUUID().toString().substring(0, 6);
        browser.get(server.uri("/r/" + restaurantId + "/menu").toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("menu-item-new"))).click();
        type("#menu-item-name input", dish);
        type("#menu-item-price input", "14,70" + Keys.TAB);
        browser.findElement(By.id("menu-item-save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("menu-item-dialog")));

        JsonNode item = itemNamed(restaurantId, dish);
        assertThat(item.get("priceCents").asLong()).isEqualTo(1470);
        long itemId = item.get("id").asLong();
        assertThat(prompt(restaurantId)).contains("- " + dish + " 14,70 €\n");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#menu-item-sold-out-" + itemId + " input"))).click();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(prompt(restaurantId)).contains("- " + dish + " 14,70 € [ÉPUISÉ]"));

        browser.findElement(By.id("menu-item-delete-" + itemId)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[slot='confirm-button']"))).click();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/restaurants/" + restaurantId + "/menu/items/" + itemId).status()).isEqualTo(404));
        assertThat(prompt(restaurantId)).doesNotContain(dish);
    }

    private String prompt(long restaurantId) {
        Reply reply = api.get("/api/restaurants/" + restaurantId + "/ai/prompt?line=" + DEMO_LINE);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("instructions").asText() + "\n";
    }

    private JsonNode itemNamed(long restaurantId, String name) {
        Reply items = api.get("/api/restaurants/" + restaurantId + "/menu/items");
        assertThat(items.status()).as(items.body()).isEqualTo(200);
        return StreamSupport.stream(items.json().spliterator(), false)
                .filter(item -> name.equals(item.get("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not on the menu: " + items.body()));
    }

    private void type(String css, CharSequence text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        field.sendKeys(text);
    }
}
