package org.plaza.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.outreach.volunteer.VolunteerService;
import org.plaza.testsupport.browser.PhoneBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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

    @LocalServerPort
    int port;

    @Autowired
    Scenario scenario;

    @Autowired
    VolunteerService volunteers;

    private WebDriver browser;

    @BeforeAll
    void startBrowser() throws Exception {
        PhoneBrowser.assumeAvailable();
        browser = PhoneBrowser.open();
    }

    @AfterAll
    void stopBrowser() {
        PhoneBrowser.quit(browser);
    }

    @Test
    void volunteerSignUpAndItsRefusalHaveNoAccessibilityViolationsAtPhoneWidthInSpanishAndEnglish() {
        for (String language : List.of("es", "en")) {
            open("/outreach/volunteer?lang=" + language);
            PhoneBrowser.assertLanguage(browser, language);
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
    void theDoubleOptInPagesThePersonalPageAndTheShiftListHaveNoAccessibilityViolationsAtPhoneWidth() {
        for (String language : List.of("es", "en")) {
            open("/outreach/volunteer?lang=" + language);
            browser.findElement(By.id("name")).sendKeys("Ana Ruiz");
            browser.findElement(By.id("email")).sendKeys("ana" + Scenario.next() + "@example.org");
            new Select(browser.findElement(By.id("community"))).selectByValue("MECCA");
            browser.findElement(By.id("languages-ES")).click();
            browser.findElement(By.id("ageGroup-ADULT")).click();
            submit(browser.findElement(By.id("name")));
            await().atMost(Duration.ofSeconds(30)).until(() -> !browser.findElements(By.id("received")).isEmpty());
            assertAccessibleAtPhoneWidth("check your email (" + language + ")");

            String token = volunteers.apply(Scenario.application("Ana Ruiz", "ana" + Scenario.next() + "@example.org",
                    "MECCA", language), null).confirmationToken();
            open("/outreach/volunteer/confirm?token=" + token + "&lang=" + language);
            assertAccessibleAtPhoneWidth("confirm your email (" + language + ")");
            browser.findElement(By.id("confirm")).click();
            await().atMost(Duration.ofSeconds(30)).until(() -> !browser.findElements(By.id("welcome")).isEmpty());
            assertAccessibleAtPhoneWidth("personal page with its link buttons (" + language + ")");
            open("/outreach/volunteer/confirm?token=" + token + "&lang=" + language);
            assertThat(browser.findElements(By.id("confirm-invalid"))).isNotEmpty();
            assertAccessibleAtPhoneWidth("used confirmation link (" + language + ")");

            open("/outreach/shifts?lang=" + language);
            assertAccessibleAtPhoneWidth("shift list (" + language + ")");
        }
    }

    @Test
    void theShiftListSearchesWithAPlainFormAndHasNoAccessibilityViolationsAtPhoneWidth() throws Exception {
        Team team = scenario.team();
        String word = "Participación" + Scenario.next();
        scenario.scheduleShift(team, team.shift().set("titleEs", "Tocar puertas " + word).set("titleEn", "Canvass " + word));
        for (String language : List.of("es", "en")) {
            open("/outreach/shifts?lang=" + language);
            PhoneBrowser.find(browser, word.toUpperCase(java.util.Locale.ROOT).replace("Ó", "O"), "MECCA",
                    "WATER_AND_HOUSING_INFRASTRUCTURE");
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("community=MECCA"));
            assertThat(browser.findElements(By.cssSelector("main .card"))).hasSize(1);
            assertThat(browser.getPageSource()).contains(word);
            assertAccessibleAtPhoneWidth("shift list searched (" + language + ")");
        }
    }

    @Test
    void schedulingPagesAndARefusedShiftHaveNoAccessibilityViolationsAtPhoneWidthInSpanishAndEnglish() throws Exception {
        Team team = scenario.team();
        scenario.scheduleShift(team, team.shift());
        try (PhoneBrowser.StaffSession staff = PhoneBrowser.asStaff(browser, team.bearer())) {
            for (String language : List.of("es", "en")) {
                open("/staff/outreach/campaigns/" + team.campaignId() + "?lang=" + language);
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

                open("/staff/outreach/campaigns/" + team.campaignId() + "/trainings/new?lang=" + language);
                assertAccessibleAtPhoneWidth("schedule a training (" + language + ")");
            }
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
        PhoneBrowser.assertAccessibleAtPhoneWidth(browser, page);
        PhoneBrowser.assertNoScript(browser, page);
    }
}
