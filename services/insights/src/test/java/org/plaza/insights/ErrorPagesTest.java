package org.plaza.insights;

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
        ResidentHttp.onPort(port).assertUnknownAddressIsAPageOfTheSite("/insights/no-such-page");
    }
}
