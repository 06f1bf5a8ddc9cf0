package org.plaza.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plaza.comments.Fixtures.comment;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.plaza.testsupport.browser.PhoneBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The residents' drive page and the staff pages in a real browser (Debian's chromium, headless) at a 360 px
 * phone width, in Spanish and English: no WCAG 2 A/AA violation found by axe-core and nothing wider than
 * the screen. The staff token travels as a header set through the DevTools protocol. Skipped only where
 * chromium is missing and CI is not "true".
 */
@CommentsServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    private WebDriver browser;
    private String driveId;

    @BeforeAll
    void startBrowserWithADriveToShow() throws Exception {
        PhoneBrowser.assumeAvailable();
        driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(2), false);
        fixtures.submitAndConfirm(driveId, comment("Rosa Pérez", "rosa.browser@example.org", "MECCA", "OPPOSE",
                "Son unos idiotas, no al aumento."));
        fixtures.submitAndConfirm(driveId, comment("Luis Soto", "luis.browser@example.org", "THERMAL", "SUPPORT",
                "Sí al plan de agua potable."));
        browser = PhoneBrowser.open();
    }

    @AfterAll
    void stopBrowser() {
        PhoneBrowser.quit(browser);
    }

    @Test
    void theDrivePageAndItsRefusedFormHaveNoAccessibilityViolationsAtPhoneWidth() {
        for (String language : List.of("es", "en")) {
            open("/comments/drives/" + driveId + "?lang=" + language);
            PhoneBrowser.assertLanguage(browser, language);
            assertAccessibleAtPhoneWidth("drive page (" + language + ")");
            ((JavascriptExecutor) browser).executeScript("document.querySelector('main form').noValidate = true;");
            browser.findElement(By.cssSelector("main form button[type=submit]")).click();
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> !browser.findElements(By.id("name-error")).isEmpty());
            assertAccessibleAtPhoneWidth("refused comment (" + language + ")");
        }
    }

    @Test
    void theDriveListSearchesWithAPlainFormAndHasNoAccessibilityViolationsAtPhoneWidth() {
        for (String language : List.of("es", "en")) {
            open("/comments/drives?lang=" + language);
            assertAccessibleAtPhoneWidth("drive list (" + language + ")");
            PhoneBrowser.find(browser, "TARIFAS", null, null);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("q=TARIFAS"));
            assertThat(browser.getPageSource()).contains("/comments/drives/" + driveId);
            assertThat(browser.findElement(By.id("find-q")).getAttribute("value")).isEqualTo("TARIFAS");
            assertAccessibleAtPhoneWidth("drive list searched (" + language + ")");
            PhoneBrowser.find(browser, "zzzz nada", null, null);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("zzzz"));
            assertThat(browser.findElements(By.id("find-empty"))).hasSize(1);
            assertAccessibleAtPhoneWidth("drive list, nothing found (" + language + ")");
        }
    }

    @Test
    void theStaffModerationQueueAndTheRefusedDriveFormHaveNoAccessibilityViolationsAtPhoneWidth() {
        try (PhoneBrowser.StaffSession staff = PhoneBrowser.asStaff(browser, fixtures.admin())) {
            for (String language : List.of("es", "en")) {
                open("/staff/comments/drives/" + driveId + "/moderation?lang=" + language);
                assertThat(browser.getPageSource()).contains("Rosa Pérez", "Luis Soto");
                assertAccessibleAtPhoneWidth("moderation queue (" + language + ")");
                open("/staff/comments/drives/" + driveId + "?lang=" + language);
                assertAccessibleAtPhoneWidth("drive detail (" + language + ")");
                open("/staff/comments/drives/new?lang=" + language);
                browser.findElement(By.cssSelector("main form button[type=submit]")).click();
                Awaitility.await().atMost(Duration.ofSeconds(10))
                        .until(() -> !browser.findElements(By.id("titleEn-error")).isEmpty());
                assertAccessibleAtPhoneWidth("refused drive form (" + language + ")");
            }
        }
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private void assertAccessibleAtPhoneWidth(String page) {
        PhoneBrowser.assertAccessibleAtPhoneWidth(browser, page);
    }
}
