package org.plaza.campaigns.resident;

import static org.plaza.testsupport.pages.ResidentHttp.assertErrorPage;
import static org.plaza.testsupport.pages.ResidentHttp.assertProblemJson;

import org.junit.jupiter.api.Test;
import org.plaza.campaigns.CampaignsTest;
import org.plaza.testsupport.pages.ResidentHttp;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A campaign that is not there is a page of the site, in the resident's language; APIs still get problem JSON. */
@CampaignsTest
class ResidentErrorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void aMissingCampaignIsAPageOfTheSiteInSpanishAndInEnglish() {
        ResidentHttp browser = ResidentHttp.onPort(port);

        assertErrorPage(browser.page("/campaigns/no-such-campaign"), 404, "es", "Campaña no encontrada",
                "No hay ninguna campaña en esta dirección.");
        assertErrorPage(browser.page("/campaigns/no-such-campaign?lang=en"), 404, "en", "Campaign not found",
                "There is no campaign at this address.");
        assertErrorPage(browser.page("/no/such/page?lang=en"), 404, "en", "Not found");
        assertProblemJson(browser.json("/campaigns/no-such-campaign?lang=en"), 404, "Campaign not found");
    }
}
