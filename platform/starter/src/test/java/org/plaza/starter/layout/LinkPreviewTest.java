package org.plaza.starter.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.plaza.starter.webtest.WebTest;

/**
 * Every page of the shared layout carries a link preview (Open Graph and Twitter card tags) in its language and
 * links the privacy and accessibility statements from its footer.
 */
class LinkPreviewTest extends WebTest {

    @Test
    void anItemPageCarriesItsTitleDescriptionImageLanguageAndCanonicalAddress() {
        String spanish = get("/drives/drv_1?src=whatsapp&lang=es").body();

        assertThat(spanish).contains(
                "<meta property=\"og:title\" content=\"Agua limpia para Mecca\">",
                "<meta property=\"og:description\" content=\"Comenta antes del 12 de enero &amp; di &quot;sí&quot;.\">",
                "<meta property=\"og:locale\" content=\"es_US\">",
                "<meta property=\"og:locale:alternate\" content=\"en_US\">",
                "<meta name=\"twitter:card\" content=\"summary_large_image\">",
                "<meta name=\"twitter:title\" content=\"Agua limpia para Mecca\">")
                .containsPattern("<meta property=\"og:url\" content=\"http://[^\"]+/drives/drv_1\\?lang=es\">")
                .containsPattern("<meta property=\"og:image\" content=\"http://[^\"]+/plaza/share.png\">")
                .doesNotContain("src=whatsapp\">");

        String english = get("/drives/drv_1?lang=en").body();
        assertThat(english).contains("<meta property=\"og:locale\" content=\"en_US\">",
                "<meta property=\"og:locale:alternate\" content=\"es_US\">")
                .containsPattern("<meta property=\"og:url\" content=\"http://[^\"]+/drives/drv_1\\?lang=en\">");
    }

    @Test
    void aPersonalPagesPreviewNamesTheStartPageNeverItsToken() {
        String token = "Xk4fJ9qLm2Vb7Rt1Wc8Ys3Pn6Hd0Ga5Ze";
        String page = get("/me/" + token + "?lang=en").body();

        assertThat(page).containsPattern("<meta property=\"og:url\" content=\"http://[^\"]+/\\?lang=en\">")
                .doesNotContainPattern("(og:url|canonical)\" (content|href)=\"[^\"]*" + token);
    }

    @Test
    void aPageWithoutItsOwnDescriptionGetsTheSitesInItsLanguage() {
        assertThat(get("/plain-page?lang=en").body()).contains("<meta property=\"og:description\" content=\"Sign petitions,");
        assertThat(get("/plain-page?lang=es").body()).contains("<meta property=\"og:description\" content=\"Firma peticiones,");
    }

    @Test
    void theFooterOfEveryPageLinksBothStatementsInThePagesLanguage() {
        assertThat(get("/plain-page?lang=es").body()).contains("href=\"/privacy\">Privacidad</a>",
                "href=\"/accessibility\">Accesibilidad</a>");
        assertThat(get("/no/such/page?lang=en", "Accept", "text/html").body())
                .contains("href=\"/privacy\">Privacy</a>", "href=\"/accessibility\">Accessibility</a>",
                        "<meta property=\"og:locale\" content=\"en_US\">");
    }

    @Test
    void theSharedPreviewImageIsServed() {
        HttpResponse<String> image = get("/plaza/share.png");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void theConfiguredPublicBaseUrlNamesThePreviewsAddresses() {
        PageMeta meta = new PageMeta("https://plaza.example/");
        assertThat(meta.absolute("/petitions/agua?lang=es")).isEqualTo("https://plaza.example/petitions/agua?lang=es");
        assertThat(meta.locale("en")).isEqualTo("en_US");
        assertThat(meta.locale("es")).isEqualTo("es_US");
    }
}
