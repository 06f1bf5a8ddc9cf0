package org.plaza.petitions.signature.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.Fixtures.Mail;
import org.plaza.petitions.Fixtures.OpenPetition;
import org.plaza.petitions.PetitionsTest;
import org.plaza.testsupport.events.Position;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * A resident on a 360 px phone with a Spanish browser: signs, types the emailed code, sees the count rise,
 * and a second signature with the Gmail-dot spelling of the same address changes nothing. Every page passes
 * axe-core's WCAG 2 A/AA rules, fits the screen and ships no script. The code is read from the notification
 * request; reading the rendered email from the local SMTP server is the system test's part.
 */
@PetitionsTest
class ResidentJourneyBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Autowired
    Fixtures fixtures;
    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void phone() throws Exception {
        assumeTrue("true".equalsIgnoreCase(System.getenv("CI")) || Files.isExecutable(CHROMIUM),
                "Skipped: no Chromium at " + CHROMIUM + " (apt-get install -y chromium chromium-driver)");
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=es-MX",
                "--user-data-dir=" + Files.createTempDirectory("petitions-chromium").toAbsolutePath());
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", 360, "height", 740, "pixelRatio", 2.0), "userAgent",
                "Mozilla/5.0 (Linux; Android 13; Pixel 5) AppleWebKit/537.36 Mobile Safari/537.36"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "es-MX,es"));
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build(), options);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aResidentSignsInSpanishOnAPhoneConfirmsWithTheCodeAndSeesTheCountRise() throws Exception {
        OpenPetition petition = fixtures.openPetition(10, "");
        String page = "http://localhost:" + port + "/petitions/" + petition.slug();
        browser.get(page);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Agua limpia para Mecca");
        assertThat(browser.findElement(By.id("verified-count")).getText()).isEqualTo("0");
        checkPage();

        browser.findElement(By.cssSelector("button[type=submit]")).click();
        await().ignoreExceptions().atMost(Duration.ofSeconds(15)).until(() -> browser
                .findElement(By.className("error-summary")).getText().contains("Escribe tu nombre completo"));
        checkPage();

        Position notifications = fixtures.notificationPosition();
        sign("Guadalupe Hernández", "lupe.hernandez@gmail.com");
        awaitHeading("Revisa tu correo");
        checkPage();

        Mail mail = fixtures.verificationMail(notifications, "lupe.hernandez@gmail.com");
        assertThat(mail.request().locale()).isEqualTo("es");
        browser.findElement(By.id("code")).sendKeys(mail.code());
        browser.findElement(By.cssSelector("form[action$='/confirm-code'] button")).click();
        awaitHeading("¡Gracias!");
        checkPage();

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            browser.get(page);
            assertThat(browser.findElement(By.id("verified-count")).getText()).isEqualTo("1");
        });

        sign("Lupe H", "LupeHernandez@gmail.com");
        awaitHeading("Revisa tu correo");
        browser.get(page + "/confirmed");
        assertThat(browser.findElement(By.id("verified-count")).getText()).isEqualTo("1");
        browser.get(page);
        assertThat(browser.getPageSource()).doesNotContain("esperando la confirmación");
    }

    /** Waits for the next page after a form post: its heading (the old page's may still be there a moment). */
    private void awaitHeading(String text) {
        await().ignoreExceptions().atMost(Duration.ofSeconds(15))
                .until(() -> browser.findElement(By.tagName("h1")).getText().equals(text));
    }

    private void sign(String name, String email) {
        browser.findElement(By.id("fullName")).sendKeys(name);
        browser.findElement(By.id("email")).sendKeys(email);
        new Select(browser.findElement(By.id("community"))).selectByVisibleText("Mecca");
        browser.findElement(By.id("updatesOptIn1")).click();
        browser.findElement(By.cssSelector("form[action$='/signatures'] button[type=submit]")).click();
    }

    /** Spanish, no script, no sideways scrolling at 360 px, and no WCAG 2 A/AA violation. */
    private void checkPage() {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        Object width = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
        assertThat(((Number) width).intValue()).as("page width at 360 px").isLessThanOrEqualTo(360);
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        assertThat(results.getPasses()).as("axe-core ran its rules").isNotEmpty();
        assertThat(results.getViolations()).as(() -> describe(results.getViolations())).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : violations) {
            text.append(rule.getId()).append(": ").append(rule.getHelp()).append(' ')
                    .append(rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                    .append('\n');
        }
        return text.toString();
    }
}
