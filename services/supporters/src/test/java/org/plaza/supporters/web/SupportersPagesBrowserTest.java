package org.plaza.supporters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.security.StaffRole;
import org.plaza.supporters.broadcast.AudienceFilter;
import org.plaza.supporters.broadcast.BroadcastChannel;
import org.plaza.supporters.broadcast.BroadcastDesk;
import org.plaza.supporters.broadcast.Message;
import org.plaza.supporters.broadcast.Recipient;
import org.plaza.supporters.broadcast.ShortText;
import org.plaza.supporters.segment.Segments;
import org.plaza.supporters.supporter.Directory;
import org.plaza.supporters.supporter.SupporterFilter;
import org.plaza.supporters.testing.Scenario;
import org.plaza.supporters.testing.StoredAudience;
import org.plaza.supporters.testing.SupportersTest;
import org.plaza.supporters.transfer.SheetImporter;
import org.plaza.testsupport.browser.PhoneBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page of the service in a real browser (Debian's chromium, headless) at a 360 px phone width, in Spanish and
 * English: no WCAG 2 A/AA violation found by axe-core, nothing wider than the screen, no script. The staff token
 * travels as a header set through the DevTools protocol, as the gateway relays it. Skipped only where chromium is
 * missing and CI is not "true".
 */
@SupportersTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportersPagesBrowserTest {

    @LocalServerPort int port;
    @Autowired Scenario scenario;
    @Autowired Directory directory;
    @Autowired Segments segments;
    @Autowired SheetImporter importer;
    @Autowired BroadcastDesk broadcasts;
    @Autowired StoredAudience audience;

    private WebDriver browser;

    @BeforeAll
    void startBrowser() {
        PhoneBrowser.assumeAvailable();
        browser = PhoneBrowser.open();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theOrganizersPagesHaveNoAccessibilityViolationsAtPhoneWidthInSpanishAndEnglish() {
        String organizer = Scenario.unique("org");
        String campaign = scenario.campaign(organizer);
        StaffMember staff = new StaffMember(organizer, Set.of(StaffRole.ORGANIZER));
        String supporterId = scenario.signer(campaign, "Guadalupe Hernández-Villanueva", "SALTON_CITY", "es", true);
        scenario.signer(campaign, "Pat", "OASIS", "en", false);
        directory.addTag(staff, supporterId, "portavoz");
        directory.addNote(staff, supporterId, "Vendrá a la junta del martes con su vecina");
        segments.save(staff, "Salton City, noticias", SupporterFilter.everyone().withCampaign(campaign));
        String importId = importer.run(staff, campaign, "junta.csv",
                "email,language\nnot-an-email,es\nlupita@example.org,klingon\n".getBytes(StandardCharsets.UTF_8), null).id();
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", scenario.organizerBearer(organizer))));
        try {
            for (String language : List.of("es", "en")) {
                open("/staff/supporters?campaign=" + campaign + "&lang=" + language);
                assertThat(browser.findElements(By.id("supporters"))).as(browser.getPageSource()).isNotEmpty();
                assertAccessible("the list (" + language + ")");
                open("/staff/supporters?activeSince=yesterday&lang=" + language);
                assertThat(browser.findElements(By.id("filter-errors"))).isNotEmpty();
                assertAccessible("a refused filter (" + language + ")");
                open("/staff/supporters/" + supporterId + "?lang=" + language);
                assertThat(browser.findElements(By.id("actions"))).isNotEmpty();
                assertAccessible("a supporter (" + language + ")");
                open("/staff/supporters/segments?lang=" + language);
                assertAccessible("saved segments (" + language + ")");
                open("/staff/supporters/import?lang=" + language);
                assertAccessible("the import form (" + language + ")");
                open("/staff/supporters/imports/" + importId + "?lang=" + language);
                assertThat(browser.findElements(By.id("refused"))).isNotEmpty();
                assertAccessible("an import report (" + language + ")");
            }
        } finally {
            chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        }
    }

    @Test
    void theBroadcastPagesHaveNoAccessibilityViolationsAtPhoneWidthInSpanishAndEnglish() {
        String organizer = Scenario.unique("org");
        String campaign = scenario.campaign(organizer);
        StaffMember staff = new StaffMember(organizer, Set.of(StaffRole.ORGANIZER));
        String draft = broadcasts.create(staff, campaign, new Message("La junta se reúne el martes",
                "Gracias por firmar.\n\nVen a hablar en el comentario público."), new Message("The board meets on Tuesday",
                "Thank you for signing.\n\nCome and speak at public comment."), AudienceFilter.everyone()).id();
        String texts = broadcasts.create(staff, campaign, new Message("La junta se reúne el martes", "Ven a hablar."),
                new Message("The board meets on Tuesday", "Come and speak."), BroadcastChannel.EMAIL_AND_SMS,
                new ShortText("La junta se reúne el martes. ¡Ven a hablar!", "The board meets on Tuesday. Come and speak!"),
                AudienceFilter.everyone()).id();
        audience.add(campaign, new Recipient("sup_" + campaign + "-t", null, "Vecina", "es", false, "+17605550131", true),
                null, "OASIS");
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", scenario.organizerBearer(organizer))));
        try {
            for (String language : List.of("es", "en")) {
                open("/staff/supporters/campaigns/" + campaign + "/broadcasts?lang=" + language);
                assertAccessible("a campaign's broadcasts and follow-ups (" + language + ")");
                open("/staff/supporters/campaigns/" + campaign + "/broadcasts/new?lang=" + language);
                assertAccessible("a new broadcast (" + language + ")");
                open("/staff/supporters/broadcasts/" + draft + "?lang=" + language);
                assertThat(browser.findElements(By.id("preview-title"))).isNotEmpty();
                assertAccessible("a broadcast with its previews (" + language + ")");
                open("/staff/supporters/broadcasts/" + texts + "?lang=" + language);
                assertThat(browser.findElements(By.id("text-preview-title"))).isNotEmpty();
                assertThat(browser.findElements(By.id("reach"))).isNotEmpty();
                assertAccessible("a broadcast by email and text, its texts, reach and cost (" + language + ")");
                browser.findElement(By.cssSelector("form[action$='/send'] button[type=submit]")).click();
                await().atMost(Duration.ofSeconds(30)).until(() -> !browser.findElements(
                        By.cssSelector("input[name=confirm][value=yes]")).isEmpty());
                assertAccessible("the confirmation before texts go (" + language + ")");
            }
        } finally {
            chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        }
    }

    @Test
    void theBroadcastSettingsPageHasNoAccessibilityViolationsAtPhoneWidthInSpanishAndEnglish() {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", scenario.adminBearer())));
        try {
            for (String language : List.of("es", "en")) {
                open("/staff/supporters/settings/broadcasts?lang=" + language);
                assertThat(browser.findElements(By.id("threshold"))).isNotEmpty();
                assertAccessible("the broadcast settings (" + language + ")");
            }
        } finally {
            chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        }
    }

    @Test
    void theStatementPagesHaveNoAccessibilityViolationsAtPhoneWidth() {
        for (String language : List.of("es", "en")) {
            open("/privacy?lang=" + language);
            assertAccessible("privacy (" + language + ")");
            open("/accessibility?lang=" + language);
            assertAccessible("accessibility (" + language + ")");
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
