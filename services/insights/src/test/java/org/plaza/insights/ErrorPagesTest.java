package org.plaza.insights;

import static org.plaza.testsupport.pages.ResidentHttp.assertErrorPage;
import static org.plaza.testsupport.pages.ResidentHttp.assertProblemJson;

import org.junit.jupiter.api.Test;
import org.plaza.insights.support.InsightsTest;
import org.plaza.testsupport.pages.ResidentHttp;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An address insights does not have is a page of the site, in the visitor's language; APIs get problem JSON. */
@InsightsTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void anUnknownAddressIsAPageOfTheSiteInSpanishAndInEnglish() {
        ResidentHttp browser = ResidentHttp.onPort(port);

        assertErrorPage(browser.page("/insights/no-such-page"), 404, "es", "No encontrado");
        assertErrorPage(browser.page("/insights/no-such-page?lang=en"), 404, "en", "Not found");
        assertProblemJson(browser.json("/insights/no-such-page"), 404);
    }
}
