package org.plaza.supporters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plaza.testsupport.pages.ResidentHttp.assertErrorPage;
import static org.plaza.testsupport.pages.ResidentHttp.assertProblemJson;

import org.junit.jupiter.api.Test;
import org.plaza.supporters.testing.SupportersTest;
import org.plaza.testsupport.pages.ResidentHttp;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An address the service does not have is a page of the site, in the visitor's language; APIs get problem JSON. */
@SupportersTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void anUnknownAddressIsAPageOfTheSiteInSpanishAndInEnglish() {
        ResidentHttp.onPort(port).assertUnknownAddressIsAPageOfTheSite("/supporters/no-such-page");
    }

    @Test
    void aStaffPageWithoutSigningInIsThe401PageNotTheList() {
        ResidentHttp browser = ResidentHttp.onPort(port);

        assertErrorPage(browser.page("/staff/supporters"), 401, "es");
        assertProblemJson(browser.json("/api/staff/supporters"), 401);
    }

    @Test
    void thePrivacyPageSaysWhatIsKeptInBothLanguages() {
        ResidentHttp browser = ResidentHttp.onPort(port);

        assertThat(browser.page("/privacy").body()).contains("Tu privacidad", "Por cuánto tiempo", "Quién lo ve");
        assertThat(browser.page("/privacy?lang=en").body()).contains("Your privacy", "For how long", "Who sees it");
    }
}
