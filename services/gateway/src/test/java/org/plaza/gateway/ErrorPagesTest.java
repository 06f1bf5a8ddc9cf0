package org.plaza.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plaza.testsupport.pages.ResidentHttp.assertErrorPage;
import static org.plaza.testsupport.pages.ResidentHttp.assertProblemJson;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.plaza.testsupport.pages.ResidentHttp;

/**
 * What residents see when something is not there, through the gateway: a service's own error page passes
 * through unchanged, and the gateway's own errors (an address no service owns, a service that does not
 * answer) are pages of the site, inside the layout and in the resident's language; APIs get problem JSON.
 */
class ErrorPagesTest extends GatewayTest {

    @Test
    void aServicesNotFoundPageReachesTheResidentUnchanged() {
        HttpResponse<String> response = ResidentHttp.onPort(port).page("/petitions/not-found?lang=en");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("the service's own not-found page");
    }

    @Test
    void anAddressNoServiceOwnsIsAPageOfTheSiteInSpanishAndInEnglish() {
        ResidentHttp browser = ResidentHttp.onPort(port);

        assertErrorPage(browser.page("/no-such-place/here"), 404, "es", "No encontrado",
                "No hay nada en esta dirección.", "Volver a la página de inicio");
        assertErrorPage(browser.page("/no-such-place/here?lang=en"), 404, "en", "Not found",
                "There is nothing at this address.", "Back to the start page");
        assertProblemJson(browser.json("/no-such-place/here"), 404);
        assertThat(browser.get("/plaza/plaza.css", "text/css,*/*;q=0.1").statusCode()).isEqualTo(200);
    }

    @Test
    void aServiceThatDoesNotAnswerIsAPageOfTheSite() {
        ResidentHttp browser = ResidentHttp.onPort(port);

        assertErrorPage(browser.page("/insights/anything?lang=en"), 503, "en");
        assertErrorPage(browser.page("/insights/anything"), 503, "es");
    }
}
