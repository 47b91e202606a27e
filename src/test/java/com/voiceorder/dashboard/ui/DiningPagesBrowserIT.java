package com.voiceorder.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.testing.Browser;
import com.voiceorder.testing.DashboardSignIn;
import com.voiceorder.testing.LibertyServer;
import com.voiceorder.testing.TestTenant;
import java.time.Duration;
import java.util.UUID;
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

/** The dining pages with a real browser: rooms and tables, services, offers, customers, reservation suggestions. */
class DiningPagesBrowserIT {

    private LibertyServer server;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        server = LibertyServer.shared();
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void the_owner_of_another_restaurant_gets_not_found_on_every_dining_page() {
        TestTenant restaurant = TestTenant.create(server);
        TestTenant other = TestTenant.create(server);
        DashboardSignIn.signIn(browser, wait, server, other.ownerUsername(), TestTenant.PASSWORD);
        wait.until(ExpectedConditions.urlMatches(".*/r/\\d+$"));
        for (String page : new String[] {"rooms", "services", "offers", "customers"}) {
            browser.get(server.uri("/r/" + restaurant.restaurantId() + "/" + page).toString());
            wait.until(d -> {
                String text = d.findElement(By.tagName("body")).getText().toLowerCase();
                return text.contains("not found") || text.contains("introuvable");
            });
            assertThat(browser.findElements(By.tagName("vaadin-grid"))).as(page).isEmpty();
        }
    }

    @Test
    void an_owner_sets_up_a_room_a_table_a_service_and_an_offer_then_finds_a_customer_and_sees_suggestions() {
        long restaurantId = DashboardSignIn.asAdminOnDemoRestaurant(browser, wait, server);
        String suffix = UUID.randomUUID().toString().substring(0, 5);

        browser.get(server.uri("/r/" + restaurantId + "/rooms").toString());
        click("room-new");
        type("#room-name input", "Mezzanine " + suffix);
        click("room-save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("room-dialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rooms-plan"), "Mezzanine " + suffix));
        WebElement addTable = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//h3[contains(., 'Mezzanine " + suffix + "')]/following-sibling::vaadin-button[starts-with(@id, 'table-new-')]")));
        // the new room is at the bottom of the plan, under what may cover it: click it through the page
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", addTable);
        type("#table-label input", "M" + suffix);
        click("table-save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("table-dialog")));
        wait.until(d -> d.getPageSource().contains("M" + suffix));

        browser.get(server.uri("/r/" + restaurantId + "/services").toString());
        click("service-new");
        type("#service-name input", "Goûter " + suffix);
        click("service-save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("service-dialog")));
        wait.until(d -> d.getPageSource().contains("Goûter " + suffix));

        browser.get(server.uri("/r/" + restaurantId + "/offers").toString());
        click("offer-new");
        type("#offer-name input", "Café offert " + suffix);
        click("offer-save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("offer-dialog")));
        wait.until(d -> d.getPageSource().contains("Café offert " + suffix));

        browser.get(server.uri("/r/" + restaurantId + "/customers").toString());
        type("#customer-search input", "06 12 34 56 78" + Keys.TAB);
        wait.until(d -> d.getPageSource().contains("Benali"));

        browser.get(server.uri("/r/" + restaurantId + "/reservations").toString());
        click("reservation-new");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reservation-suggestions")));
        wait.until(d -> !d.findElements(By.id("reservation-suggested-tables")).isEmpty()
                || !d.findElements(By.id("reservation-suggest-full")).isEmpty());
        assertThat(browser.findElement(By.id("reservation-suggestions")).getText()).isNotBlank();
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private void type(String css, CharSequence text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        field.sendKeys(text);
    }
}
