package org.plaza.outreach.shift.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plaza.testsupport.pages.ResidentHttp.assertErrorPage;
import static org.plaza.testsupport.pages.ResidentHttp.assertProblemJson;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.starter.links.ResidentLinks;
import org.plaza.testsupport.pages.ResidentHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The outreach side of the contract for links from other services ({@link ResidentLinks}): the campaign
 * page links a shift by the id its events carry, and that link opens the shift; a shift that is not there
 * is a page of the site, in the resident's language.
 */
@OutreachTest
class CampaignLinksTest {

    @Autowired
    Scenario scenario;
    @LocalServerPort
    int port;

    @Test
    void aCampaignPagesShiftLinkOpensTheShift() throws Exception {
        Team team = scenario.team();
        String shiftId = scenario.scheduleShift(team, team.shift().set("titleEs", "Tocar puertas en Mecca")
                .set("titleEn", "Door-knocking in Mecca"));
        ResidentHttp browser = ResidentHttp.onPort(port);

        HttpResponse<String> spanish = browser.page(ResidentLinks.shift(shiftId));
        assertThat(spanish.statusCode()).isEqualTo(200);
        assertThat(spanish.body()).contains("lang=\"es\"", "Tocar puertas en Mecca");
        HttpResponse<String> english = browser.page(ResidentLinks.shift(shiftId) + "?lang=en");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("lang=\"en\"", "Door-knocking in Mecca");
    }

    @Test
    void aMissingShiftIsAPageOfTheSiteInSpanishAndInEnglish() {
        ResidentHttp browser = ResidentHttp.onPort(port);
        String missing = ResidentLinks.shift("shf_no_such_shift");

        assertErrorPage(browser.page(missing), 404, "es", "Turno no encontrado", "No hay ningún turno en esta dirección.",
                "Volver a la página de inicio");
        assertErrorPage(browser.page(missing + "?lang=en"), 404, "en", "Shift not found",
                "There is no shift at this address.", "Back to the start page");
        assertProblemJson(browser.json(missing + "?lang=en"), 404, "shift-not-found");
    }
}
