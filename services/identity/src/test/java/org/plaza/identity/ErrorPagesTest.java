package org.plaza.identity;

import static org.plaza.testsupport.pages.ResidentHttp.assertErrorPage;
import static org.plaza.testsupport.pages.ResidentHttp.assertProblemJson;

import org.junit.jupiter.api.Test;
import org.plaza.testsupport.pages.ResidentHttp;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An address identity does not have is a page of the site, in the visitor's language; APIs get problem JSON. */
@IdentityTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void anUnknownAddressIsAPageOfTheSiteInSpanishAndInEnglish() {
        ResidentHttp browser = ResidentHttp.onPort(port);

        assertErrorPage(browser.page("/identity/no-such-page"), 404, "es", "No encontrado");
        assertErrorPage(browser.page("/identity/no-such-page?lang=en"), 404, "en", "Not found");
        assertProblemJson(browser.json("/identity/no-such-page"), 404);
    }
}
