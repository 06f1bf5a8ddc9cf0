package org.plaza.petitions.signature.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plaza.testsupport.pages.ResidentHttp.assertErrorPage;
import static org.plaza.testsupport.pages.ResidentHttp.assertProblemJson;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.Fixtures.OpenPetition;
import org.plaza.petitions.PetitionsTest;
import org.plaza.starter.links.ResidentLinks;
import org.plaza.testsupport.pages.ResidentHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The petitions side of the contract for links from other services ({@link ResidentLinks}): the campaign
 * page links a petition by the id its events carry, and that link opens the petition; what a resident
 * sees when a petition is not there is a page of the site, in their language.
 */
@PetitionsTest
class CampaignLinksTest {

    @Autowired
    Fixtures fixtures;
    @LocalServerPort
    int port;

    ResidentHttp browser;
    OpenPetition petition;

    @BeforeEach
    void openPetition() throws Exception {
        browser = ResidentHttp.onPort(port);
        petition = fixtures.openPetition();
    }

    @Test
    void aCampaignPagesPetitionLinkOpensThePetition() {
        HttpResponse<String> link = browser.page(ResidentLinks.petition(petition.id()));

        assertThat(link.statusCode()).isEqualTo(301);
        assertThat(link.headers().firstValue("Location")).hasValue("/petitions/" + petition.slug());
        HttpResponse<String> page = browser.page(link.headers().firstValue("Location").orElseThrow());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Agua limpia para Mecca", "Firma esta petición");
    }

    @Test
    void aLinkByIdKeepsTheLanguageAskedFor() {
        HttpResponse<String> link = browser.page(ResidentLinks.petition(petition.id()) + "?lang=en");

        assertThat(link.statusCode()).isEqualTo(301);
        assertThat(link.headers().firstValue("Location")).hasValue("/petitions/" + petition.slug() + "?lang=en");
        HttpResponse<String> page = browser.page(link.headers().firstValue("Location").orElseThrow());
        assertThat(page.body()).contains("lang=\"en\"", "Clean water for Mecca", "Sign this petition");
    }

    @Test
    void aLinkByIdToADraftOrAnUnknownPetitionIsNotFound() throws Exception {
        String draft = fixtures.draft(fixtures.campaign("organizer-1"), 10, "").get("id").asString();

        assertErrorPage(browser.page(ResidentLinks.petition(draft)), 404, "es", "Petición no encontrada");
        assertErrorPage(browser.page(ResidentLinks.petition("pet_" + "a".repeat(26))), 404, "es",
                "Petición no encontrada");
    }

    @Test
    void aMissingPetitionIsAPageOfTheSiteInSpanishAndInEnglish() {
        assertErrorPage(browser.page("/petitions/no-such-petition"), 404, "es",
                "<title>Petición no encontrada · Plaza</title>", "No hay ninguna petición en esta dirección.",
                "Volver a la página de inicio");
        assertErrorPage(browser.page("/petitions/no-such-petition?lang=en"), 404, "en",
                "<title>Petition not found · Plaza</title>", "There is no petition at this address.",
                "Back to the start page");
        assertProblemJson(browser.json("/petitions/no-such-petition?lang=en"), 404, "petition-not-found",
                "Petition not found");
    }

    @Test
    void anUnknownAddressUnderAPetitionIsAPageOfTheSite() {
        assertErrorPage(browser.page("/petitions/" + petition.slug() + "/no-such-page?lang=en"), 404, "en", "Not found");
    }
}
