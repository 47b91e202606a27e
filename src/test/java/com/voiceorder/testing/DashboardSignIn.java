package com.voiceorder.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signing in to the dashboard in a browser test. An administrator lands on the assistants overview,
 * owners and staff on their restaurant; {@link #asAdminOnDemoRestaurant} then opens the demo restaurant.
 */
public final class DashboardSignIn {

    /** The demo restaurant's phone line (DESIGN.md §5). */
    public static final String DEMO_NUMBER = "+33491000000";

    private DashboardSignIn() {
    }

    /** Types the credentials into the login form and submits; the caller waits for the page it expects. */
    public static void signIn(WebDriver browser, WebDriverWait wait, LibertyServer server, String username, String password) {
        browser.get(server.uri("/login").toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input"))).sendKeys(username);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password + Keys.ENTER);
    }

    /** Signs in as {@code admin}, waits for the landing page, opens the demo restaurant's home and answers its id. */
    public static long asAdminOnDemoRestaurant(WebDriver browser, WebDriverWait wait, LibertyServer server) {
        signIn(browser, wait, server, "admin", LibertyServer.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlMatches(".*/admin/assistants$"));
        long restaurantId = demoRestaurantId(server);
        browser.get(server.uri("/r/" + restaurantId).toString());
        wait.until(ExpectedConditions.urlMatches(".*/r/" + restaurantId + "$"));
        return restaurantId;
    }

    /** The demo restaurant: the one owning the demo line. */
    public static long demoRestaurantId(LibertyServer server) {
        return demoLine(server).get("restaurantId").asLong();
    }

    public static JsonNode demoLine(LibertyServer server) {
        return line(server, DEMO_NUMBER);
    }

    /** A line's entry in the admin's list of every line with its status ({@code GET /api/lines}). */
    public static JsonNode line(LibertyServer server, String number) {
        for (JsonNode entry : ApiClient.admin(server).get("/api/lines").json()) {
            if (entry.at("/line/number").asText().equals(number)) {
                return entry;
            }
        }
        throw new AssertionError("No line " + number);
    }
}
