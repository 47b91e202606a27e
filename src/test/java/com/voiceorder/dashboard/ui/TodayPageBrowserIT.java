package com.voiceorder.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.testing.Browser;
import com.voiceorder.testing.DashboardSignIn;
import com.voiceorder.testing.LibertyServer;
import java.time.Duration;
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

/** A restaurateur signs in with a real browser and sees the demo restaurant's day. */
class TodayPageBrowserIT {

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
    void the_admin_signs_in_and_sees_todays_demo_orders_and_reservations() {
        signInAsAdmin();
        WebElement orders = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("today-orders")));
        wait.until(d -> rowCount(orders) > 0);
        WebElement reservations = browser.findElement(By.id("today-reservations"));
        wait.until(d -> rowCount(reservations) > 0);
        assertThat(browser.getCurrentUrl()).matches(".*/r/\\d+$");
        assertThat(orders.getText()).contains("€");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Commandes du jour");
    }

    @Test
    void a_wrong_password_keeps_the_user_on_the_login_page_with_an_error() {
        browser.get(server.uri("/login").toString());
        type("#vaadinLoginUsername input", "admin");
        type("#vaadinLoginPassword input", "wrong-password" + Keys.ENTER);
        wait.until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "return document.querySelector('vaadin-login-form').error")));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void the_dashboard_switches_to_english() {
        signInAsAdmin();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("today-orders")));
        browser.findElement(By.id("switch-language")).click();
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Today's orders"));
    }

    @Test
    void an_unknown_restaurant_url_answers_not_found() {
        signInAsAdmin();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("today-orders")));
        browser.get(server.uri("/r/999999999").toString());
        wait.until(d -> d.findElement(By.tagName("body")).getText().toLowerCase().contains("not found")
                || d.findElement(By.tagName("body")).getText().toLowerCase().contains("introuvable"));
    }

    private void signInAsAdmin() {
        DashboardSignIn.asAdminOnDemoRestaurant(browser, wait, server);
    }

    private void type(String css, CharSequence text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        field.sendKeys(text);
    }

    private long rowCount(WebElement grid) {
        Object size = browser.executeScript("return arguments[0].size", grid);
        return size instanceof Number n ? n.longValue() : 0;
    }
}
