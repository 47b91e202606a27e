package com.voiceorder.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.telephony.testing.TestCall;
import com.voiceorder.telephony.testing.TestPhone;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.ApiFixtures;
import com.voiceorder.testing.Browser;
import com.voiceorder.testing.DashboardSignIn;
import com.voiceorder.testing.LibertyServer;
import com.voiceorder.testing.TestTenant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
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
 * Sign-in per role in a real browser: the administrator lands on the assistants and runs the admin
 * pages (voice lines live, restaurants); an owner and a staff member land on their restaurant and
 * get "not found" for every admin page.
 */
class AdminPagesBrowserIT {

    private static final String DEMO_NUMBER = "+33491000000";
    private static final List<String> ADMIN_PAGES = List.of("admin/assistants", "admin/lines", "admin/restaurants");

    private LibertyServer server;
    private ApiClient admin;
    private TestTenant tenant;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        server = LibertyServer.shared();
        admin = ApiClient.admin(server);
        tenant = TestTenant.create(server);
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void the_admin_lands_on_the_assistants_sees_the_demo_line_and_follows_a_gateway_registering_live() throws Exception {
        JsonNode demo = lineEntry(DEMO_NUMBER);
        long demoLine = demo.at("/line/lineId").asLong();
        long demoRestaurant = demo.get("restaurantId").asLong();
        String gatewayUser = "gw-" + ApiFixtures.unique();
        String number = "+3349" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Reply created = admin.post(tenant.path("/lines"), Map.of("number", number, "mode", "ACCEPT_FROM_GATEWAY",
                "sip", Map.of("registrarHost", "127.0.0.1", "username", gatewayUser, "password", "fxo-pass"),
                "allowedSources", List.of("192.0.2.10")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long gatewayLine = created.json().get("id").asLong();

        signIn("admin", LibertyServer.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlMatches(".*/admin/assistants$"));
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assistant-" + demoLine)));
        assertThat(card.getText()).contains(DEMO_NUMBER).contains(demo.get("restaurantName").asText());
        wait.until(d -> "READY".equals(state(demoLine)));
        assertThat(card.findElements(By.cssSelector("a[href='r/" + demoRestaurant + "/settings']"))).hasSize(1);
        assertThat(card.findElements(By.cssSelector("a[href='r/" + demoRestaurant + "/calls']"))).hasSize(1);
        assertThat(browser.findElement(By.id("admin-menu")).getText()).contains("Serveurs vocaux", "Restaurants");

        browser.get(server.uri("/admin/lines").toString());
        WebElement grid = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lines-grid")));
        showRowOf(grid, demoLine);
        wait.until(d -> "READY".equals(state(demoLine)));
        showRowOf(grid, gatewayLine);
        wait.until(d -> "READY".equals(state(gatewayLine)));
        browser.executeScript("window.__samePage = 'yes'");

        try (TestPhone gateway = TestPhone.start()) {
            TestCall registration = gateway.register("sip:127.0.0.1:" + server.sipPort(), gatewayUser, "fxo-pass", 300);
            await().atMost(Duration.ofSeconds(10)).until(() -> registration.statuses().contains(200));
            new WebDriverWait(browser, Duration.ofSeconds(3L * VoiceLinesView.REFRESH_MILLIS / 1000))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> "REGISTERED".equals(state(gatewayLine)));
        }
        assertThat(browser.executeScript("return window.__samePage")).as("updated without reload").isEqualTo("yes");

        browser.findElement(By.id("line-toggle-" + gatewayLine)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[slot='confirm-button']")))
                .click();
        wait.until(d -> "DISABLED".equals(state(gatewayLine)));
        assertThat(admin.get(tenant.path("/lines/" + gatewayLine)).json().get("enabled").asBoolean()).isFalse();
        assertThat(state(demoLine)).isEqualTo("READY");
    }

    @Test
    void the_admin_creates_a_restaurant_from_the_restaurants_page() {
        String name = "IT admin " + ApiFixtures.unique();
        signIn("admin", LibertyServer.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlMatches(".*/admin/assistants$"));
        browser.get(server.uri("/admin/restaurants").toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("restaurant-new"))).click();
        WebElement save = wait.until(ExpectedConditions.elementToBeClickable(By.id("restaurant-save")));
        browser.findElement(By.cssSelector("#restaurant-name input")).sendKeys(name);
        browser.findElement(By.cssSelector("#restaurant-slug input")).sendKeys("NOT A SLUG");
        save.click();
        wait.until(d -> d.findElement(By.id("restaurant-slug")).getAttribute("invalid") != null);
        assertThat(browser.findElement(By.cssSelector("#restaurant-name input")).getAttribute("value")).isEqualTo(name);

        WebElement slug = browser.findElement(By.cssSelector("#restaurant-slug input"));
        slug.sendKeys(Keys.CONTROL + "a", Keys.DELETE);
        save.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("restaurant-save")));
        assertThat(admin.get("/api/restaurants").json().findValuesAsText("name")).contains(name);
    }

    @Test
    void an_owner_lands_on_their_restaurant_and_admin_pages_are_not_found_to_them() {
        landsOnTheirRestaurantWithoutAdminPages(tenant.ownerUsername());
    }

    @Test
    void a_staff_member_lands_on_their_restaurant_and_admin_pages_are_not_found_to_them() {
        landsOnTheirRestaurantWithoutAdminPages(tenant.staffUsername());
    }

    private void landsOnTheirRestaurantWithoutAdminPages(String username) {
        signIn(username, TestTenant.PASSWORD);
        wait.until(ExpectedConditions.urlMatches(".*/r/" + tenant.restaurantId() + "$"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("today-orders")));
        assertThat(browser.findElements(By.id("admin-menu"))).allMatch(menu -> !menu.isDisplayed());
        for (String page : ADMIN_PAGES) {
            browser.get(server.uri("/" + page).toString());
            wait.until(d -> {
                String text = d.findElement(By.tagName("body")).getText().toLowerCase();
                return text.contains("not found") || text.contains("introuvable");
            });
            assertThat(browser.findElements(By.id("assistant-cards"))).isEmpty();
            assertThat(browser.findElements(By.id("lines-grid"))).isEmpty();
            assertThat(browser.findElements(By.id("restaurants-grid"))).isEmpty();
        }
    }

    /** The admin API's entry for the line with that number (restaurant id and name, line status). */
    private JsonNode lineEntry(String number) {
        return DashboardSignIn.line(server, number);
    }

    /** Scrolls the lazy grid to the line's row: rows come in the admin API's order. */
    private void showRowOf(WebElement grid, long lineId) {
        List<Long> order = admin.get("/api/lines").json().findValues("lineId").stream().map(JsonNode::asLong).toList();
        browser.executeScript("arguments[0].scrollToIndex(arguments[1])", grid, order.indexOf(lineId));
        wait.until(d -> !d.findElements(By.id("line-state-" + lineId)).isEmpty());
    }

    private String state(long lineId) {
        List<WebElement> badge = browser.findElements(By.id("line-state-" + lineId));
        return badge.isEmpty() ? null : badge.get(0).getAttribute("data-state");
    }

    private void signIn(String username, String password) {
        DashboardSignIn.signIn(browser, wait, server, username, password);
    }
}
