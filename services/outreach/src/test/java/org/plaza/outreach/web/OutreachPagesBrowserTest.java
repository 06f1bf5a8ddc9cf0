package org.plaza.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The volunteer sign-up page and the organizer's scheduling page in a real browser (Debian's chromium,
 * headless) at a 360 px phone width, in Spanish and English: no WCAG 2 A/AA violation found by axe-core,
 * nothing wider than the screen, no script; the same for their refused submissions (errors next to the
 * fields). The staff token travels as a header set through the DevTools protocol, as the gateway relays it.
 * Skipped only where chromium is missing and CI is not "true".
 */
@OutreachTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutreachPagesBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final int PHONE_WIDTH = 360;
    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @LocalServerPort
    int port;

    @Autowired
    Scenario scenario;

    private WebDriver browser;

    @BeforeAll
    void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) || "true".equals(System.getenv("CI")),
                "no " + CHROMIUM + " on this machine (and CI is not true)");
        browser = phoneBrowser();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void volunteerSignUpAndItsRefusalHaveNoAccessibilityViolationsAtPhoneWidthInSpanishAndEnglish() {
        for (String language : List.of("es", "en")) {
            open("/outreach/volunteer?lang=" + language);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
            assertAccessibleAtPhoneWidth("/outreach/volunteer (" + language + ")");

            browser.findElement(By.id("name")).sendKeys("Ana Ruiz");
            browser.findElement(By.id("email")).sendKeys("not-an-email");
            submit(browser.findElement(By.id("name")));
            await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.id("error-summary")).isEmpty());
            assertThat(browser.findElement(By.id("email-error")).getText()).isNotBlank();
            assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Ana Ruiz");
            assertAccessibleAtPhoneWidth("refused sign-up (" + language + ")");
        }
    }

    @Test
    void schedulingPagesAndARefusedShiftHaveNoAccessibilityViolationsAtPhoneWidthInSpanishAndEnglish() throws Exception {
        String organizer = scenario.organizer();
        String bearer = scenario.organizerBearer(organizer);
        String campaignId = scenario.campaign(organizer);
        scenario.schedule(scenario.shift(campaignId), bearer);
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", bearer)));
        try {
            for (String language : List.of("es", "en")) {
                open("/staff/outreach/campaigns/" + campaignId + "?lang=" + language);
                assertThat(browser.findElements(By.id("schedule-shift"))).as(browser.getPageSource()).isNotEmpty();
                assertAccessibleAtPhoneWidth("campaign page (" + language + ")");
                browser.findElement(By.id("schedule-shift")).click();
                await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.id("titleEs")).isEmpty());
                assertAccessibleAtPhoneWidth("schedule a shift (" + language + ")");

                browser.findElement(By.id("titleEs")).sendKeys("Tocar puertas");
                browser.findElement(By.id("titleEn")).sendKeys("Door knocking");
                new Select(browser.findElement(By.id("community"))).selectByValue("MECCA");
                browser.findElement(By.id("address")).sendKeys("Parque " + Scenario.next());
                LocalDateTime start = Scenario.local(Instant.now(), 9, LocalTime.of(9, 0));
                type("startsAt", start.toString());
                type("endsAt", start.minusHours(1).toString());
                browser.findElement(By.id("capacity")).sendKeys("0");
                submit(browser.findElement(By.id("titleEs")));
                await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.id("error-summary")).isEmpty());
                assertThat(browser.findElement(By.id("endsAt-error")).getText()).isNotBlank();
                assertThat(browser.findElement(By.id("capacity-error")).getText()).isNotBlank();
                assertAccessibleAtPhoneWidth("refused shift (" + language + ")");

                open("/staff/outreach/campaigns/" + campaignId + "/trainings/new?lang=" + language);
                assertAccessibleAtPhoneWidth("schedule a training (" + language + ")");
            }
        } finally {
            chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        }
    }

    /** Sets a {@code datetime-local} input's value as a browser's picker would. */
    private void type(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private void submit(WebElement inForm) {
        inForm.findElement(By.xpath("ancestor::form//button[@type='submit' and not(@name)]")).click();
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private void assertAccessibleAtPhoneWidth(String page) {
        Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(browser);
        assertThat(results.getViolations()).as(page + ": " + describe(results.getViolations())).isEmpty();
        JavascriptExecutor script = (JavascriptExecutor) browser;
        Object viewport = script.executeScript("return document.documentElement.clientWidth;");
        Object content = script.executeScript("return document.documentElement.scrollWidth;");
        assertThat(((Number) viewport).intValue()).as(page + " viewport").isEqualTo(PHONE_WIDTH);
        assertThat(((Number) content).intValue()).as(page + " is wider than the phone").isLessThanOrEqualTo(PHONE_WIDTH);
        assertThat(browser.findElements(By.tagName("script"))).as(page + " needs no script").isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    private static WebDriver phoneBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("outreach-chromium"));
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", PHONE_WIDTH, "height", 740, "pixelRatio", 2.0)));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
