package org.plaza.systemtests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by Selenium without any download (both binaries named explicitly).
 * Locally the browser tests skip when Chromium is not installed; with CI=true they always run.
 */
public final class Chromium {

    public static final Path BINARY = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    public static void assumeAvailable() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        assumeTrue(ci || Files.isExecutable(BINARY),
                "Skipped: no Chromium at " + BINARY + " (install with: apt-get install -y chromium chromium-driver). "
                        + "With CI=true this test runs and fails instead.");
    }

    /** Whether a browser part of a journey runs: always with CI=true (a missing Chromium then fails), else when installed. */
    public static boolean available() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || Files.isExecutable(BINARY);
    }

    public static WebDriver start(Path profile) {
        return start(profile, new ChromeOptions());
    }

    /** A phone: 360 px wide, asking for pages in {@code language} (Accept-Language). */
    public static WebDriver phone(Path profile, String language) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--window-size=360,780", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        return start(profile, options);
    }

    /**
     * Waits until the page shows what {@code expectation} looks for: a click on a submit button returns
     * before the browser has navigated, so whatever follows a click waits for the next page.
     */
    public static void awaitPage(WebDriver browser, String description, Predicate<WebDriver> expectation) {
        try {
            Awaitility.await(description).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions().until(() -> expectation.test(browser));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Waited 90 s for " + description + "; the browser is at " + browser.getCurrentUrl()
                    + ", title \"" + browser.getTitle() + "\", showing: " + shown(browser), e);
        }
    }

    /** Waits until the page's title starts with {@code title}. */
    public static void awaitTitle(WebDriver browser, String title) {
        awaitPage(browser, "a page titled \"" + title + "…\"", page -> page.getTitle().startsWith(title));
    }

    private static String shown(WebDriver browser) {
        try {
            String text = browser.findElement(By.tagName("body")).getText();
            return text.length() > 600 ? text.substring(0, 600) + "…" : text;
        } catch (RuntimeException e) {
            return "(no readable body: " + e.getMessage() + ")";
        }
    }

    /** Waits until the browser is on a page whose address contains {@code part}. */
    public static void awaitUrl(WebDriver browser, String part) {
        awaitPage(browser, "a page at …" + part, page -> page.getCurrentUrl().contains(part));
    }

    /** Waits until the page's {@code main} element says {@code text}. */
    public static void awaitText(WebDriver browser, String text) {
        awaitPage(browser, "a page saying \"" + text + "\"",
                page -> page.findElement(By.tagName("main")).getText().contains(text));
    }

    private static WebDriver start(Path profile, ChromeOptions options) {
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
