package org.plaza.campaigns.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.plaza.campaigns.CampaignFixtures;
import org.plaza.campaigns.CampaignsTest;
import org.plaza.events.comments.CommentDriveOpened;
import org.plaza.events.outreach.ShiftScheduled;
import org.plaza.events.outreach.ShiftSignedUp;
import org.plaza.events.petitions.PetitionDelivered;
import org.plaza.events.petitions.PetitionPublished;
import org.plaza.events.petitions.PetitionResponded;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.testsupport.browser.PhoneBrowser;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * The home and campaign pages in a real browser (Debian's chromium, headless) at a 360 px phone width,
 * in Spanish and English: no WCAG 2 A/AA violation found by axe-core, nothing wider than the screen, no
 * script, and the community filter works as a plain form. The staff form and its refused launch get the
 * same check (the token travels as a header set through the DevTools protocol). Skipped only where chromium is missing and
 * CI is not "true"; on CI a missing browser fails.
 */
@CampaignsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResidentPagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    KafkaTestEvents events;

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffTokens tokens;

    @Autowired
    JsonMapper json;

    private WebDriver browser;
    private String campaignPage;
    private String word;
    private String closedWord;

    @BeforeAll
    void startBrowserWithACampaignToShow() throws Exception {
        PhoneBrowser.assumeAvailable();
        CampaignFixtures fixtures = new CampaignFixtures(mvc, tokens, json);
        String organizer = CampaignFixtures.staffId();
        word = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = CampaignFixtures.completeCampaign(word);
        body.put("communities", List.of("MECCA", "NORTH_SHORE"));
        var campaign = fixtures.launchedCampaign(organizer, body);
        campaignPage = campaign.get("page").asString();
        String campaignId = campaign.get("id").asString();
        Instant now = Instant.now();
        String petitionId = "pet-" + word;
        String shiftId = "shf-" + word;
        events.publish(new PetitionPublished(petitionId, campaignId, "Conecten las casas de Mecca al agua potable",
                "Connect Mecca homes to safe drinking water", 2000, List.of(), List.of("MECCA"),
                now.plus(Duration.ofDays(40)), organizer, now));
        events.publish(new SignatureVerified("sig-" + word, petitionId, campaignId, "sup_b", "MECCA", "es", false,
                false, "WEB", now));
        events.publish(new CommentDriveOpened("drv-" + word, campaignId, "pb-cvwd", "WATER_DISTRICT_BOARD",
                "Tarifas de agua 2026: comenta antes de la junta", "2026 water rates: comment before the board meets",
                "7.B", now.plus(Duration.ofDays(6)), "America/Los_Angeles", now.plus(Duration.ofDays(5)), true,
                organizer, now));
        events.publish(new ShiftScheduled(shiftId, campaignId, "CANVASS", "Tocar puertas en North Shore",
                "Door-knocking in North Shore", "NORTH_SHORE", now.plus(Duration.ofDays(3)),
                now.plus(Duration.ofDays(3).plusHours(3)), "America/Los_Angeles", 2, 1, List.of("es"), null, null,
                organizer, now));
        events.publish(new ShiftSignedUp("sgn-" + word, shiftId, campaignId, "vol-" + word, "sup_c", null, 0, now));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(fixtures.page(campaignPage, "en"))
                .contains("/petitions/" + petitionId, "/comments/drives/drv-" + word, "/outreach/shifts/" + shiftId,
                        "Join the waiting list"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(fixtures.page("/", "es")).contains(word);
            assertThat(fixtures.page("/", "en")).contains(word);
            assertThat(fixtures.page("/?community=NORTH_SHORE", "en")).contains(word);
        });
        closedWord = "cerrada" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> closedBody = CampaignFixtures.completeCampaign(closedWord);
        closedBody.put("communities", List.of("MECCA"));
        String closedId = fixtures.launchedCampaign(organizer, closedBody).get("id").asString();
        String wonId = "pet-" + closedWord;
        events.publish(new PetitionPublished(wonId, closedId, "Sombra en la parada del autobús", "Shade at the bus stop",
                100, List.of(), List.of("MECCA"), null, organizer, now));
        events.publish(new PetitionDelivered(wonId, closedId, LocalDate.of(2026, 5, 4), "IN_PERSON", 140, organizer, now));
        events.publish(new PetitionResponded(wonId, closedId, LocalDate.of(2026, 6, 1), "ACCEPTED", organizer, now));
        fixtures.perform(fixtures.as(post("/api/staff/campaigns/{id}/close", closedId), organizer, Role.ORGANIZER));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(fixtures.page("/campaigns/archive?q="
                + closedWord, "en")).contains("Won: the decision-maker accepted it"));
        browser = PhoneBrowser.open();
    }


    @AfterAll
    void stopBrowser() {
        PhoneBrowser.quit(browser);
    }

    @Test
    void homePageHasNoAccessibilityViolationsAtPhoneWidthInSpanishAndEnglish() {
        for (String language : List.of("es", "en")) {
            open("/?lang=" + language);
            PhoneBrowser.assertLanguage(browser, language);
            assertThat(browser.getPageSource()).contains(word);
            assertAccessibleAtPhoneWidth("/ (" + language + ")");
        }
    }

    @Test
    void campaignPageHasNoAccessibilityViolationsAtPhoneWidthInSpanishAndEnglish() {
        for (String language : List.of("es", "en")) {
            open(campaignPage + "?lang=" + language);
            assertThat(browser.findElements(By.cssSelector("article.card"))).hasSize(3);
            assertAccessibleAtPhoneWidth(campaignPage + " (" + language + ")");
        }
    }

    @Test
    void communityFilterWorksAsAPlainFormWithoutJavaScript() {
        open("/?lang=en");
        new Select(browser.findElement(By.id("find-community"))).selectByValue("NORTH_SHORE");
        browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("community=NORTH_SHORE"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Campaigns: North Shore");
        assertThat(browser.getPageSource()).contains(word);
        assertAccessibleAtPhoneWidth("/?community=NORTH_SHORE (en)");
    }

    @Test
    void archiveSearchWorksWithoutJavaScriptAndHasNoAccessibilityViolationsAtPhoneWidthInSpanishAndEnglish() {
        for (String language : List.of("es", "en")) {
            open("/campaigns/archive?lang=" + language);
            assertAccessibleAtPhoneWidth("/campaigns/archive (" + language + ")");
            PhoneBrowser.find(browser, closedWord.toUpperCase(java.util.Locale.ROOT), "MECCA", null);
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("community=MECCA"));
            assertThat(browser.findElements(By.cssSelector("article.archive-card"))).hasSize(1);
            assertThat(browser.findElement(By.id("find-q")).getAttribute("value"))
                    .isEqualTo(closedWord.toUpperCase(java.util.Locale.ROOT));
            assertThat(browser.getPageSource()).contains(closedWord,
                    "es".equals(language) ? "Sombra en la parada del autobús" : "Shade at the bus stop");
            assertAccessibleAtPhoneWidth("/campaigns/archive?q=… (" + language + ")");
        }
    }

    @Test
    void staffFormAndARefusedLaunchHaveNoAccessibilityViolationsAtPhoneWidth() {
        try (PhoneBrowser.StaffSession staff = PhoneBrowser.asStaff(browser,
                StaffTokens.bearer(tokens.staffToken(CampaignFixtures.staffId(), Role.ORGANIZER)))) {
            for (String language : List.of("es", "en")) {
                open("/staff/campaigns/new?lang=" + language);
                assertAccessibleAtPhoneWidth("/staff/campaigns/new (" + language + ")");
                browser.findElement(By.id("title-es")).sendKeys("Caminos para Thermal " + word);
                browser.findElement(By.cssSelector("main form button[type=submit]")).click();
                await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("done=created"));
                browser.findElement(By.cssSelector("form[action$='/launch'] button")).click();
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> !browser.findElements(By.id("error-summary")).isEmpty());
                assertThat(browser.findElement(By.id("title-en-error")).getText()).isNotBlank();
                assertAccessibleAtPhoneWidth("refused launch (" + language + ")");
            }
        }
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private void assertAccessibleAtPhoneWidth(String page) {
        PhoneBrowser.assertAccessibleAtPhoneWidth(browser, page);
        PhoneBrowser.assertNoScript(browser, page);
    }
}
