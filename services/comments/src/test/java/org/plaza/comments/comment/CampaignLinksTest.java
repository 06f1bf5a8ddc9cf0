package org.plaza.comments.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plaza.testsupport.pages.ResidentHttp.assertErrorPage;
import static org.plaza.testsupport.pages.ResidentHttp.assertProblemJson;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.comments.CommentsServiceTest;
import org.plaza.comments.Fixtures;
import org.plaza.starter.links.ResidentLinks;
import org.plaza.testsupport.pages.ResidentHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The comments side of the contract for links from other services ({@link ResidentLinks}): the campaign
 * page links a drive by the id its events carry, and that link opens the drive; a drive that is not there
 * is a page of the site, in the resident's language.
 */
@CommentsServiceTest
class CampaignLinksTest {

    @Autowired
    Fixtures fixtures;
    @LocalServerPort
    int port;

    ResidentHttp browser;

    @BeforeEach
    void browser() {
        browser = ResidentHttp.onPort(port);
    }

    @Test
    void aCampaignPagesDriveLinkOpensTheDrive() {
        String driveId = fixtures.drive(fixtures.body(300), Duration.ofDays(2), false);

        HttpResponse<String> spanish = browser.page(ResidentLinks.commentDrive(driveId));
        assertThat(spanish.statusCode()).isEqualTo(200);
        assertThat(spanish.body()).contains("lang=\"es\"", "Aumento de tarifas de agua");
        HttpResponse<String> english = browser.page(ResidentLinks.commentDrive(driveId) + "?lang=en");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("lang=\"en\"", "Water rate increase");
    }

    @Test
    void aMissingDriveIsAPageOfTheSiteInSpanishAndInEnglish() {
        String missing = ResidentLinks.commentDrive("drv_no_such_drive");

        assertErrorPage(browser.page(missing), 404, "es", "No encontrado",
                "No hay ninguna campaña de comentarios en esta dirección.", "Volver a la página de inicio");
        assertErrorPage(browser.page(missing + "?lang=en"), 404, "en", "Not found",
                "There is no comment drive at this address.", "Back to the start page");
        assertProblemJson(browser.json(missing + "?lang=en"), 404, "drive-not-found");
    }
}
