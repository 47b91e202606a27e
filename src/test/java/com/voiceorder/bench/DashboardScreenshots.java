package com.voiceorder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voiceorder.testing.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Takes the README's screenshots of the demo restaurant (home page and the service board in kiosk
 * mode) from a running server, in headless Debian Chromium: {@code infra/screenshots URL ADMIN_PASSWORD}.
 */
public final class DashboardScreenshots {

    private static final String DEMO_NUMBER = "+33491000000";

    private DashboardScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: DashboardScreenshots URL ADMIN_PASSWORD [OUTPUT_DIR]");
        }
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        String password = args[1];
        Path output = Files.createDirectories(Path.of(args.length > 2 ? args[2] : "src/docs/screenshots"));
        long restaurantId = demoRestaurantId(base, password);
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(base.resolve("login").toString());
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input"))).sendKeys("admin");
            browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password + Keys.ENTER);
            wait.until(ExpectedConditions.urlMatches(".*/admin/assistants$"));
            capture(browser, wait, base.resolve("r/" + restaurantId), output.resolve("home.png"));
            capture(browser, wait, base.resolve("r/" + restaurantId + "/board?kiosk"), output.resolve("service-board.png"));
        } finally {
            browser.quit();
        }
    }

    private static void capture(ChromeDriver browser, WebDriverWait wait, URI page, Path file) throws Exception {
        browser.get(page.toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-app-layout")));
        Thread.sleep(3_000); // charts and pushed content settle
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        System.out.println("Wrote " + file);
    }

    private static long demoRestaurantId(URI base, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("api/lines"))
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/lines answered " + response.statusCode());
        }
        for (JsonNode entry : new ObjectMapper().readTree(response.body())) {
            if (entry.at("/line/number").asText().equals(DEMO_NUMBER)) {
                return entry.get("restaurantId").asLong();
            }
        }
        throw new IllegalStateException("No demo line " + DEMO_NUMBER);
    }
}
