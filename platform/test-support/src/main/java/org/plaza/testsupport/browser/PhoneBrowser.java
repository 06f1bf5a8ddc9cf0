package org.plaza.testsupport.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's Chromium, headless, emulating a 360 px phone, and the checks every resident and staff page
 * passes there: no axe-core WCAG 2 A/AA violation, nothing wider than the phone, and (for pages without
 * progressive enhancements) no script at all.
 * Tests are skipped where {@code /usr/bin/chromium} is missing, unless {@code CI=true}, where they must run.
 */
public final class PhoneBrowser {

    public static final int WIDTH = 360;
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private PhoneBrowser() {
    }

    /** Skips the calling test class where Chromium is missing, except in CI. */
    public static void assumeAvailable() {
        assumeTrue(Files.isExecutable(CHROMIUM) || "true".equals(System.getenv("CI")),
                "no " + CHROMIUM + " on this machine (and CI is not true)");
    }

    /** A new headless Chromium that presents itself as a 360 px phone; quit it when done. */
    public static WebDriver open() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("plaza-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", WIDTH, "height", 740, "pixelRatio", 2.0)));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Quits a browser that was opened (none is when the class was skipped for want of Chromium). */
    public static void quit(WebDriver browser) {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * Sends {@code authorization} (a staff member's {@code Bearer} header) with every request of this browser until
     * the returned session is closed, through the DevTools protocol:
     * {@code try (PhoneBrowser.StaffSession staff = PhoneBrowser.asStaff(browser, bearer)) { … }}.
     */
    public static StaffSession asStaff(WebDriver browser, String authorization) {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", authorization)));
        return () -> chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
    }

    /** A browser signed in as staff by a header; closing it drops the header. */
    public interface StaffSession extends AutoCloseable {

        @Override
        void close();
    }

    /**
     * Searches a resident list with the starter's find form ({@code plaza/find :: filters}) as a resident does: types
     * {@code words} in the search box, picks the community and issue area when not null, and submits the form. The
     * form is a plain GET form and the pages load no script ({@link #assertNoScript}), so it works the same with
     * scripts off. (Turning them off in the browser, DevTools {@code Emulation.setScriptExecutionDisabled}, stalls
     * chromedriver on the next page load.)
     */
    public static void find(WebDriver browser, String words, String community, String issueArea) {
        var box = browser.findElement(By.id("find-q"));
        box.clear();
        box.sendKeys(words);
        if (community != null) {
            new Select(browser.findElement(By.id("find-community"))).selectByValue(community);
        }
        if (issueArea != null) {
            new Select(browser.findElement(By.id("find-issue-area"))).selectByValue(issueArea);
        }
        browser.findElement(By.cssSelector("form.find button[type=submit]")).click();
    }

    /** The page now shown is in {@code language}: its {@code html lang}. */
    public static void assertLanguage(WebDriver browser, String language) {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as("html lang").isEqualTo(language);
    }

    /** The page now shown: no WCAG 2 A/AA violation, and as wide as the phone and no wider. */
    public static void assertAccessibleAtPhoneWidth(WebDriver browser, String page) {
        Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(browser);
        assertThat(results.getViolations()).as(page + ": " + describe(results.getViolations())).isEmpty();
        JavascriptExecutor script = (JavascriptExecutor) browser;
        Object viewport = script.executeScript("return document.documentElement.clientWidth;");
        Object content = script.executeScript("return document.documentElement.scrollWidth;");
        assertThat(((Number) viewport).intValue()).as(page + " viewport").isEqualTo(WIDTH);
        assertThat(((Number) content).intValue()).as(page + " is wider than the phone").isLessThanOrEqualTo(WIDTH);
    }

    /** The page now shown loads no script at all (it works without JavaScript by construction). */
    public static void assertNoScript(WebDriver browser, String page) {
        assertThat(browser.findElements(By.tagName("script"))).as(page + " needs no script").isEmpty();
    }

    /** axe-core's violations in one line each: rule, impact, help and where. */
    public static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
