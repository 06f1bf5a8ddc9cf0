package org.plaza.identity;

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
        ResidentHttp.onPort(port).assertUnknownAddressIsAPageOfTheSite("/identity/no-such-page");
    }
}
