package org.plaza.outreach.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.plaza.outreach.meeting.MeetingFixtures;
import org.plaza.outreach.meeting.Rsvp;
import org.plaza.outreach.meeting.RsvpService;
import org.plaza.outreach.support.Links;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.testsupport.browser.PhoneBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * The meeting pages a resident sees, in chromium at a 360 px phone width, in Spanish and English: the list, a
 * meeting's page and its refused RSVP (errors next to the fields), "check your email", the confirm button, the RSVP's
 * page before and after cancelling. No axe-core WCAG 2 A/AA violation, nothing wider than the screen, no script.
 */
@OutreachTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingPagesBrowserTest {

    @LocalServerPort int port;
    @Autowired Scenario scenario;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired RsvpService rsvps;
    @Autowired Links links;

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
    void aResidentsRsvpPagesHaveNoAccessibilityViolationsAtPhoneWidthInSpanishAndEnglish() throws Exception {
        Team team = scenario.team();
        String meetingId = MeetingFixtures.schedule(mvc, json, team.bearer(), MeetingFixtures.request(team.campaignId(), 50))
                .get("meetingId").asString();
        for (String language : List.of("es", "en")) {
            open("/outreach/meetings?lang=" + language);
            assertAccessible("meeting list (" + language + ")");
            open("/outreach/meetings/" + meetingId + "?lang=" + language);
            PhoneBrowser.assertLanguage(browser, language);
            assertAccessible("meeting page (" + language + ")");

            browser.findElement(By.id("name")).sendKeys("Ana Ruiz");
            browser.findElement(By.id("email")).sendKeys("not-an-email");
            browser.findElement(By.id("rsvp")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.id("email-error")).isEmpty());
            assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Ana Ruiz");
            assertAccessible("refused RSVP (" + language + ")");
            browser.findElement(By.id("email")).clear();
            browser.findElement(By.id("email")).sendKeys("ana" + Scenario.next() + "@example.org");
            browser.findElement(By.id("rsvp")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.id("received")).isEmpty());
            assertAccessible("check your email (" + language + ")");

            String token = rsvps.request(meetingId, new RsvpService.Request("Beto", "beto" + Scenario.next() + "@example.org",
                    null, language));
            open("/outreach/rsvps/confirm?token=" + token + "&lang=" + language);
            assertAccessible("confirm your RSVP (" + language + ")");
            browser.findElement(By.id("confirm")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.id("welcome")).isEmpty());
            assertAccessible("your RSVP (" + language + ")");
            browser.findElement(By.id("cancel")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElements(By.id("cancel")).isEmpty());
            assertAccessible("cancelled RSVP (" + language + ")");
        }
    }

    @Test
    void theWaitlistAndAMeetingMovedOrCalledOffHaveNoAccessibilityViolationsAtPhoneWidthInSpanishAndEnglish()
            throws Exception {
        Team team = scenario.team();
        String meetingId = MeetingFixtures.schedule(mvc, json, team.bearer(), MeetingFixtures.request(team.campaignId(), 1))
                .get("meetingId").asString();
        rsvps.confirm(rsvps.request(meetingId, new RsvpService.Request("Ana", "ana" + Scenario.next() + "@example.org",
                null, "es")));
        Rsvp waiting = rsvps.confirm(rsvps.request(meetingId, new RsvpService.Request("Beto",
                "beto" + Scenario.next() + "@example.org", null, "en"))).orElseThrow().rsvp();
        String rsvpPage = links.path(Links.Kind.RSVP, waiting.id());
        try (PhoneBrowser.StaffSession staff = PhoneBrowser.asStaff(browser, team.bearer())) {
            for (String language : List.of("es", "en")) {
                open("/outreach/meetings/" + meetingId + "?lang=" + language);
                assertThat(browser.findElements(By.id("waitlist-explain"))).isNotEmpty();
                assertAccessible("full meeting (" + language + ")");
                open(rsvpPage + "?lang=" + language);
                assertAccessible("on the waitlist (" + language + ")");
                open("/staff/outreach/meetings/" + meetingId + "/roster?lang=" + language);
                assertAccessible("roster with a waitlist (" + language + ")");
                open("/staff/outreach/meetings/" + meetingId + "/move?lang=" + language);
                browser.findElement(By.id("place")).clear();
                browser.findElement(By.id("move")).click();
                await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.id("place-error")).isEmpty());
                assertAccessible("refused move (" + language + ")");
                open("/staff/outreach/meetings/" + meetingId + "/cancel?lang=" + language);
                assertAccessible("call the meeting off (" + language + ")");
            }
            browser.findElement(By.id("confirm-cancel")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.id("done")).isEmpty());
        }
        for (String language : List.of("es", "en")) {
            open("/outreach/meetings/" + meetingId + "?lang=" + language);
            assertAccessible("meeting called off (" + language + ")");
            open(rsvpPage + "?lang=" + language);
            assertThat(browser.findElements(By.id("meeting-cancelled"))).isNotEmpty();
            assertAccessible("RSVP to a meeting called off (" + language + ")");
        }
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private void assertAccessible(String page) {
        PhoneBrowser.assertAccessibleAtPhoneWidth(browser, page);
        PhoneBrowser.assertNoScript(browser, page);
    }
}
