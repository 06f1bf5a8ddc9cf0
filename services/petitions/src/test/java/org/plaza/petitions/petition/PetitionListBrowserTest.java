package org.plaza.petitions.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.PetitionsTest;
import org.plaza.testsupport.browser.PhoneBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The petition list in a real browser at a 360 px phone width, in Spanish and English: searched and filtered with
 * the page's scripts turned off (a plain GET form), no WCAG 2 A/AA violation found by axe-core, nothing wider than
 * the screen, no script. Skipped only where chromium is missing and CI is not "true".
 */
@PetitionsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PetitionListBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    private WebDriver browser;
    private String word;

    @BeforeAll
    void startBrowserWithAPetitionToFind() throws Exception {
        PhoneBrowser.assumeAvailable();
        word = "participación" + Fixtures.unique("x").replaceAll("[^0-9]", "");
        String campaignId = fixtures.campaign("organizer-1");
        String body = """
                {"campaignId":"%s","slug":"%s","titleEs":"Más %s en Oasis","titleEn":"More %s in Oasis",
                 "textEs":"Pedimos.","textEn":"We ask.","decisionMakerEs":"La junta","decisionMakerEn":"The board",
                 "signatureGoal":100,"communities":["OASIS"]}""".formatted(campaignId, Fixtures.unique("p"), word, word);
        String id = fixtures.json(mvc.perform(post("/api/staff/petitions").header("Authorization", fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn())
                .get("id").asString();
        mvc.perform(post("/api/staff/petitions/{id}/publish", id).header("Authorization", fixtures.admin()))
                .andExpect(status().isOk());
        browser = PhoneBrowser.open();
    }

    @AfterAll
    void stopBrowser() {
        PhoneBrowser.quit(browser);
    }

    @Test
    void theListSearchesWithAPlainFormAndHasNoAccessibilityViolationsAtPhoneWidthInSpanishAndEnglish() {
        String typed = word.toUpperCase(java.util.Locale.ROOT).replace("Ó", "O");
        for (String language : List.of("es", "en")) {
            open("/petitions?lang=" + language);
            PhoneBrowser.assertLanguage(browser, language);
            assertAccessibleAtPhoneWidth("/petitions (" + language + ")");
            PhoneBrowser.find(browser, typed, "OASIS", "WATER_AND_HOUSING_INFRASTRUCTURE");
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("community=OASIS"));
            assertThat(browser.findElements(By.cssSelector("article.petition-card"))).hasSize(1);
            assertThat(browser.findElement(By.id("find-q")).getAttribute("value")).isEqualTo(typed);
            assertThat(browser.getPageSource()).contains(word);
            assertAccessibleAtPhoneWidth("/petitions searched (" + language + ")");
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
