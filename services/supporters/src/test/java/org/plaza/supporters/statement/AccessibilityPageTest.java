package org.plaza.supporters.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.plaza.supporters.testing.SupportersTest;
import org.plaza.testsupport.pages.ResidentHttp;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The accessibility statement answers at the site's root in both languages, with a preview and both statements linked. */
@SupportersTest
class AccessibilityPageTest {

    @LocalServerPort
    int port;

    @Test
    void theAccessibilityStatementSaysTheGoalAndHowToReportABarrierInBothLanguages() {
        ResidentHttp browser = ResidentHttp.onPort(port);

        HttpResponse<String> spanish = browser.page("/accessibility");
        assertThat(spanish.statusCode()).isEqualTo(200);
        assertThat(spanish.body()).contains("<title>Accesibilidad · Plaza</title>", "WCAG", "Dinos si encuentras una barrera",
                "href=\"/privacy\">Privacidad</a>", "href=\"/accessibility\">Accesibilidad</a>",
                "<meta property=\"og:locale\" content=\"es_US\">");

        HttpResponse<String> english = browser.page("/accessibility?lang=en");
        assertThat(english.body()).contains("<title>Accessibility · Plaza</title>", "Tell us about a barrier",
                "href=\"/privacy\">Privacy</a>", "<meta property=\"og:locale\" content=\"en_US\">")
                .containsPattern("<meta property=\"og:url\" content=\"http://[^\"]+/accessibility\\?lang=en\">");
    }
}
