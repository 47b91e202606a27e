package com.voiceorder.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Debian's chromedriver. Both paths are set explicitly so
 * Selenium Manager never tries to download a browser; the profile lives under target/.
 */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start() {
        return start(new String[0]);
    }

    /** With a fake microphone (a beep) that pages may use without asking. */
    public static ChromeDriver withFakeMicrophone() {
        return start("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--autoplay-policy=no-user-gesture-required");
    }

    private static ChromeDriver start(String... extraArguments) {
        try {
            Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target", "chromium")), "profile-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("voiceorder.it.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                    // background tabs keep running their scripts at full speed (boards in several tabs)
                    "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                    "--disable-backgrounding-occluded-windows",
                    "--lang=fr-FR", "--user-data-dir=" + profile.toAbsolutePath());
            options.addArguments(extraArguments);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("voiceorder.it.chromedriver", "/usr/bin/chromedriver")).toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
