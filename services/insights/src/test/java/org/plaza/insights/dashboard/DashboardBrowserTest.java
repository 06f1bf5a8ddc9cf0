package org.plaza.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plaza.insights.support.Fixtures.*;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.plaza.events.comments.CommentSubmitted.Position;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.insights.support.InsightsServiceTest;
import org.plaza.insights.support.InsightsTestConfiguration;
import org.plaza.testsupport.security.Role;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * An operator opens the dashboard in Chromium on a phone-sized screen, sees a counter rise without a
 * reload when a signature is verified, and the pages pass axe-core's WCAG 2 A/AA checks. Leaves
 * screenshots in {@code docs/} for the README. Skipped when Chromium is not installed, except on CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest extends InsightsServiceTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final String campaign = id("cmp");
    private final String petition = id("pet");
    private ChromeDriver browser;
    private Path profile;

    @BeforeAll
    void chromiumAndACampaign() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) || "true".equals(System.getenv("CI")),
                "Chromium is not installed at /usr/bin/chromium (apt-get install chromium chromium-driver)");
        seed();
        profile = Files.createTempDirectory("insights-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=es");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void anOperatorSeesTheSignatureCounterRiseLiveOnAPhone() {
        phone();
        signIn("op-browser", "OPERATOR");
        browser.get(url("/staff/insights/campaigns/" + campaign + "?lang=es"));
        WebElement counter = browser.findElement(By.cssSelector("[data-live='signatures']"));
        long before = number(counter.getText());
        awaitLive();
        browser.executeScript("window.plazaSamePage = true;");

        events.publish(new SignatureVerified(id("sig"), petition, campaign, id("sup"), "MECCA", "es", true, false,
                "WEB", now()));

        await().atMost(WAIT).until(() -> number(counter.getText()) == before + 1);
        assertThat(browser.executeScript("return window.plazaSamePage === true;")).isEqualTo(true);
        assertThat(browser.findElement(By.cssSelector("[data-live='p." + petition + ".signatures']")).getText())
                .isEqualTo(String.valueOf(before + 1));
    }

    @Test
    void theOverviewAndACampaignPassAxeAtPhoneWidthInBothLanguages() {
        phone();
        signIn("op-axe", "OPERATOR,ADMIN");
        for (String page : List.of("/staff/insights?lang=es", "/staff/insights?lang=en",
                "/staff/insights/campaigns/" + campaign + "?lang=es", "/staff/insights/campaigns/" + campaign + "?lang=en")) {
            browser.get(url(page));
            awaitCharts();
            Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
            assertThat(describe(results.getViolations())).as(page).isEmpty();
            Long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("horizontal scrolling on " + page).isLessThanOrEqualTo(0L);
        }
    }

    @Test
    void anAdminRebuildsTheNumbersFromTheFormAndWatchesItFinishLive() {
        phone();
        signIn("admin-browser", "ADMIN");
        browser.get(url("/staff/insights?lang=es"));
        awaitLive();

        browser.findElement(By.cssSelector("#replay button[type='submit']")).click();

        await().atMost(WAIT).until(() -> browser.getCurrentUrl().contains("replay=started"));
        awaitLive();
        await().atMost(WAIT).until(() -> "Terminada".equals(
                browser.findElement(By.cssSelector("[data-live='replay.state']")).getText()));
        assertThat(browser.findElement(By.id("replay-progress")).getDomProperty("value")).isEqualTo("100");
        await().atMost(WAIT).until(() -> api().getJson("/api/staff/insights/campaigns/" + campaign, "op-1",
                Role.OPERATOR).at("/totals/signatures").asLong() >= 40);
    }

    @Test
    void leavesScreenshotsOfTheDashboardForTheReadme() throws IOException {
        signIn("op-shot", "OPERATOR");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1100, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        browser.get(url("/staff/insights/campaigns/" + campaign + "?lang=es"));
        awaitCharts();
        awaitLive();
        screenshot("dashboard.png", 1100);
        phone();
        browser.get(url("/staff/insights?lang=es"));
        awaitCharts();
        screenshot("dashboard-phone.png", 360);
    }

    private void seed() {
        String drive = id("drv");
        String shift = id("shf");
        Instant now = now();
        events.publish(campaign(campaign, "Agua limpia para Oasis y Mecca", "Clean water for Oasis and Mecca", "org-b"));
        events.publish(petition(petition, campaign, now.plus(6, ChronoUnit.DAYS)));
        String[] communities = { "MECCA", "OASIS", "OASIS", "THERMAL", "NORTH_SHORE", "MECCA", "OASIS", "COACHELLA" };
        for (int i = 0; i < 40; i++) {
            events.publish(new SignatureVerified(id("sig"), petition, campaign, "sup-b" + i, communities[i % 8],
                    i % 3 == 0 ? "en" : "es", true, i % 4 == 0, "WEB", now.minus((i * 37L) % 1400, ChronoUnit.MINUTES)));
        }
        events.publish(drive(drive, campaign, now.plus(3, ChronoUnit.DAYS), now.plus(2, ChronoUnit.DAYS)));
        for (int i = 0; i < 9; i++) {
            events.publish(comment(id("cmt"), drive, campaign, "sup-b" + i,
                    i % 3 == 0 ? Position.OPPOSE : Position.SUPPORT, 1));
        }
        events.publish(volunteer(id("vol"), "sup-b1", campaign));
        events.publish(shift(shift, campaign, now.plus(1, ChronoUnit.DAYS), 6, 4));
        events.publish(signedUp(id("su"), shift, campaign, "vol-b1", "sup-b1", 5));
        await().atMost(WAIT).until(() -> api().getJson("/api/staff/insights/campaigns/" + campaign, "op-1", Role.OPERATOR)
                .at("/totals/signatures").asLong() == 40);
    }

    private void phone() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
    }

    private void signIn(String staffId, String roles) {
        browser.get(url(InsightsTestConfiguration.LOGIN_PATH + "?staffId=" + staffId + "&roles=" + roles));
    }

    private void awaitLive() {
        await().atMost(WAIT).until(() -> browser.findElements(By.cssSelector(".live-status")).stream()
                .anyMatch(WebElement::isDisplayed));
    }

    private void awaitCharts() {
        await().atMost(WAIT).until(() -> browser.findElements(By.cssSelector("figure[data-chart]")).stream()
                .allMatch(figure -> !figure.findElements(By.cssSelector(".uplot")).isEmpty()));
    }

    private void screenshot(String name, int width) throws IOException {
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight;");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", Math.min(height.intValue(), 6000), "deviceScaleFactor", 1, "mobile", width < 600));
        byte[] shot = browser.getScreenshotAs(OutputType.BYTES);
        Path docs = Path.of("docs");
        Files.createDirectories(docs);
        Files.write(docs.resolve(name), shot);
        assertThat(Files.size(docs.resolve(name))).isPositive();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static long number(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " → " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
