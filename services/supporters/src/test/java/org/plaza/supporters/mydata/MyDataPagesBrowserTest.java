package org.plaza.supporters.mydata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.supporters.supporter.SupporterStore;
import org.plaza.supporters.testing.SupportersTest;
import org.plaza.testsupport.browser.PhoneBrowser;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every "my data" page in a real browser (Debian's chromium, headless) at a 360 px phone width, in Spanish and
 * English, through the whole visit: the address form and its refusal, the code page and a wrong code, the data, the
 * erasure's confirmation and its answer. No WCAG 2 A/AA violation found by axe-core, nothing wider than the screen,
 * no script. Skipped only where chromium is missing and CI is not "true".
 */
@SupportersTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyDataPagesBrowserTest {

    @LocalServerPort int port;
    @Autowired KafkaTestEvents events;
    @Autowired SupporterIds supporterIds;
    @Autowired SupporterStore store;

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
    void theWholeVisitHasNoAccessibilityViolationsAtPhoneWidthInSpanishAndEnglish() {
        for (String language : List.of("es", "en")) {
            String email = "browser-" + language + "-" + UUID.randomUUID() + "@example.org";
            String supporterId = signedUp(email);

            open("/supporters/my-data?lang=" + language);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
            assertAccessible("start (" + language + ")");

            browser.findElement(By.id("email")).sendKeys("not-an-email");
            browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.id("email-error")).isEmpty());
            assertAccessible("refused address (" + language + ")");

            Position before = events.positionOf(NotificationRequested.class);
            browser.findElement(By.id("email")).clear();
            browser.findElement(By.id("email")).sendKeys(email);
            browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.id("code")).isEmpty());
            assertAccessible("code (" + language + ")");
            String code = events.awaitEvent(before, NotificationRequested.class, e -> supporterId.equals(e.supporterId()),
                    Duration.ofSeconds(60)).event().templateParameters().get("code");

            browser.findElement(By.id("code")).sendKeys(code.equals("000000") ? "999999" : "000000");
            browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.id("code-error")).isEmpty());
            assertAccessible("wrong code (" + language + ")");

            browser.findElement(By.id("code")).sendKeys(code);
            browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("/supporters/my-data/view"));
            assertThat(browser.getPageSource()).contains(email);
            assertAccessible("my data (" + language + ")");

            open("/supporters/my-data/erase");
            assertAccessible("erase (" + language + ")");
            browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("/supporters/my-data/erased"));
            assertAccessible("erased (" + language + ")");
        }
    }

    private String signedUp(String email) {
        String supporterId = supporterIds.supporterId(email);
        Instant at = Instant.parse("2026-11-02T18:00:00Z");
        events.publish(new SupporterContactShared("share-" + UUID.randomUUID(), supporterId, "petitions",
                "PETITION_SIGNATURE", "camp-1", "pet-1", email, "Rosa Pérez", "+17605550123", "es", "OASIS",
                List.of(new SupporterContactShared.Consent("EMAIL", "CAMPAIGN_UPDATES", true, "Quiero noticias")), at));
        events.publish(new SignatureVerified("sig-" + UUID.randomUUID(), "pet-1", "camp-1", supporterId, "OASIS", "es",
                true, false, "WEB", at));
        await().atMost(Duration.ofSeconds(60)).until(() -> store.find(supporterId)
                .filter(s -> s.email() != null && !s.actions().isEmpty()).isPresent());
        return supporterId;
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private void assertAccessible(String page) {
        PhoneBrowser.assertAccessibleAtPhoneWidth(browser, page);
        PhoneBrowser.assertNoScript(browser, page);
    }
}
