package com.voiceorder.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.Browser;
import com.voiceorder.testing.DashboardSignIn;
import com.voiceorder.testing.LibertyServer;
import com.voiceorder.testing.TestTenant;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
 * The owner's settings page with a real browser, on a restaurant of its own: identity and hours
 * survive a reload, a phone line gets a SIP password that never comes back to the page (its
 * encryption at rest is PhoneLineServiceTest's), staff and other restaurants' owners get "not found".
 */
class SettingsPageBrowserIT {

    private static final String SIP_PASSWORD = "It-s3cret-" + UUID.randomUUID().toString().substring(0, 6);

    private LibertyServer server;
    private TestTenant tenant;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        server = LibertyServer.shared();
        tenant = TestTenant.create(server);
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private String settingsUrl() {
        return server.uri("/r/" + tenant.restaurantId() + "/settings").toString();
    }

    private void signInAs(String username) {
        DashboardSignIn.signIn(browser, wait, server, username, TestTenant.PASSWORD);
        wait.until(ExpectedConditions.urlMatches(".*/r/\\d+$"));
        // the landing page is drawn (menu included) before the test navigates elsewhere
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item[path$='/menu']")));
    }

    @Test
    void the_owner_changes_identity_and_hours_and_sees_them_after_reload() {
        signInAs(tenant.ownerUsername());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-side-nav-item[path$='/settings']"))).click();
        wait.until(ExpectedConditions.urlMatches(".*/r/" + tenant.restaurantId() + "/settings$"));
        String name = "Chez Réglages " + UUID.randomUUID().toString().substring(0, 6);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("settings-identity-edit"))).click();
        WebElement nameInput = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#restaurant-name input")));
        nameInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), name);
        browser.findElement(By.id("restaurant-save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("restaurant-dialog")));

        tab("Horaires");
        WebElement opens = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#settings-hours vaadin-time-picker.settings-hours-opens input")));
        opens.sendKeys(Keys.chord(Keys.CONTROL, "a"), "11:30", Keys.ENTER, Keys.TAB);
        browser.findElement(By.id("settings-hours-save")).click();
        wait.until(d -> tenant.owner().get(tenant.path("")).json().get("openingHours").toString().contains("11:30"));

        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.id("settings-identity-name"), name));
        JsonNode restaurant = tenant.owner().get(tenant.path("")).json();
        assertThat(restaurant.get("name").asText()).isEqualTo(name);
        tab("Horaires");
        WebElement firstOpens = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#settings-hours vaadin-time-picker.settings-hours-opens")));
        assertThat(browser.executeScript("return arguments[0].value", firstOpens)).isEqualTo("11:30");
    }

    @Test
    void a_line_added_with_a_sip_password_exists_and_its_password_is_never_shown_back() {
        signInAs(tenant.ownerUsername());
        browser.get(settingsUrl());
        String number = "04 91 " + ThreadLocalRandom.current().nextInt(10, 99) + " "
                + ThreadLocalRandom.current().nextInt(10, 99) + " " + ThreadLocalRandom.current().nextInt(10, 99);
        tab("Lignes");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("settings-line-new"))).click();
        type("#line-number input", number);
        type("#line-registrar input", "sip.example.net");
        type("#line-username input", "it-user");
        type("#line-password input", SIP_PASSWORD);
        browser.findElement(By.id("line-save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("line-dialog")));

        Reply lines = tenant.owner().get(tenant.path("/lines"));
        assertThat(lines.status()).as(lines.body()).isEqualTo(200);
        assertThat(lines.body()).doesNotContain(SIP_PASSWORD);
        JsonNode line = StreamSupport.stream(lines.json().spliterator(), false)
                .filter(l -> l.at("/sip/username").asText().equals("it-user")).findFirst()
                .orElseThrow(() -> new AssertionError("no line in " + lines.body()));
        assertThat(line.at("/sip/hasPassword").asBoolean()).isTrue();
        assertThat(line.at("/sip/registrarHost").asText()).isEqualTo("sip.example.net");

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.settings-line-edit"))).click();
        WebElement password = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#line-password input")));
        assertThat(password.getAttribute("value")).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(SIP_PASSWORD);
    }

    @Test
    void staff_of_the_restaurant_do_not_get_the_settings_page() {
        signInAs(tenant.staffUsername());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item[path$='/menu']")));
        assertThat(browser.findElements(By.cssSelector("vaadin-side-nav-item[path$='/settings']"))).isEmpty();
        browser.get(settingsUrl());
        assertNotFound();
    }

    @Test
    void the_owner_of_another_restaurant_gets_not_found() {
        TestTenant other = TestTenant.create(server);
        signInAs(other.ownerUsername());
        browser.get(settingsUrl());
        assertNotFound();
    }

    private void assertNotFound() {
        wait.withMessage(() -> "page at " + browser.getCurrentUrl() + ": " + browser.findElement(By.tagName("body")).getText())
                .until(d -> {
            String text = d.findElement(By.tagName("body")).getText().toLowerCase();
            return text.contains("not found") || text.contains("introuvable");
        });
        assertThat(browser.findElements(By.id("settings-tabs"))).isEmpty();
    }

    private void tab(String label) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-tab[contains(normalize-space(.), '" + label + "')]"))).click();
    }

    private void type(String css, CharSequence text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(text);
    }
}
