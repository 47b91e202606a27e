package com.voiceorder.testing;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless browser signed in to the dashboard, able to open service boards and tell when an
 * element appeared: every page records, from its first script on, the WebSockets it opens and
 * (with a MutationObserver) the time each {@code id="order-…"} / {@code "reservation-…"} element
 * was first added, on the same wall clock as the JVM.
 */
public final class BoardBrowser implements AutoCloseable {

    /** Runs before the page's own scripts: a WebSocket log and the arrival times of cards. */
    private static final String PROBES = """
            (() => {
              window.__sockets = [];
              const NativeSocket = window.WebSocket;
              window.WebSocket = function (url, protocols) {
                const socket = protocols === undefined ? new NativeSocket(url) : new NativeSocket(url, protocols);
                window.__sockets.push(socket);
                return socket;
              };
              window.WebSocket.prototype = NativeSocket.prototype;
              Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
              window.__seen = {};
              const note = node => {
                if (node.nodeType !== 1) return;
                const found = node.id && /^(order|reservation)-\\d+$/.test(node.id) ? [node] : [];
                node.querySelectorAll && found.push(...node.querySelectorAll('[id^="order-"],[id^="reservation-"]'));
                const now = Date.now();
                for (const el of found) {
                  if (/^(order|reservation)-\\d+$/.test(el.id) && !(el.id in window.__seen)) window.__seen[el.id] = now;
                }
              };
              new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(note)))
                .observe(document, { childList: true, subtree: true });
            })();
            """;

    private final ChromeDriver driver;
    private final URI baseUri;
    private final WebDriverWait wait;

    private BoardBrowser(ChromeDriver driver, URI baseUri) {
        this.driver = driver;
        this.baseUri = baseUri;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        installProbes();
    }

    /** The probes are registered per tab (CDP target): again in every new tab. */
    private void installProbes() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBES));
    }

    public static BoardBrowser start(URI baseUri) {
        return new BoardBrowser(Browser.start(), baseUri);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public BoardBrowser signIn(String username, String password) {
        driver.get(baseUri.resolve("login").toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input"))).sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password + Keys.ENTER);
        wait.until(ExpectedConditions.urlMatches(".*/r/\\d+$"));
        return this;
    }

    /** Opens a board in the current tab and waits until it is drawn and its push connection is open. */
    public void openBoard(long restaurantId, boolean kiosk) {
        driver.get(baseUri.resolve("r/" + restaurantId + "/board" + (kiosk ? "?kiosk" : "")).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#board-kitchen h3")));
        wait.until(d -> openWebSockets() > 0);
    }

    /** Opens a board in a new tab of this browser (the tab becomes current). */
    public String openBoardInNewTab(long restaurantId) {
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        installProbes();
        openBoard(restaurantId, true);
        return driver.getWindowHandle();
    }

    /** How many WebSockets of the page are open; Vaadin push over WebSocket opens one. */
    public long openWebSockets() {
        Object count = driver.executeScript("return (window.__sockets || []).filter(s => s.readyState === 1).length");
        return count instanceof Number n ? n.longValue() : 0;
    }

    /** The URLs of the page's WebSockets. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> webSocketUrls() {
        return (java.util.List<String>) driver.executeScript("return (window.__sockets || []).map(s => s.url)");
    }

    /** URLs of requests made with Atmosphere's long-polling transport (a silent fallback). */
    @SuppressWarnings("unchecked")
    public java.util.List<String> longPollingRequests() {
        return (java.util.List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".filter(n => n.includes('X-Atmosphere-Transport=long-polling'))");
    }

    /** Wall-clock millis when the card with that DOM id first appeared in this tab; null if not yet. */
    public Long seenAt(String elementId) {
        Object at = driver.executeScript("return window.__seen[arguments[0]]", elementId);
        return at instanceof Number n ? n.longValue() : null;
    }

    /** Every card id this tab has seen, with the wall-clock millis it first appeared. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> allSeen() {
        Map<String, Object> seen = (Map<String, Object>) driver.executeScript("return window.__seen || {}");
        Map<String, Long> times = new java.util.HashMap<>();
        seen.forEach((id, at) -> times.put(id, ((Number) at).longValue()));
        return times;
    }

    public WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
