package org.plaza.starter.share;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plaza.starter.webtest.WebTest;

/** Share links open each app with the page's text and an item address that names the share's source. */
class ShareLinksTest extends WebTest {

    private final ShareLinks links = ShareLinks.of("https://plaza.example/petitions/agua-limpia?lang=es",
            "Firma la petición: Agua limpia & segura", "Agua limpia");

    @Test
    void eachLinkCarriesTheItemAddressWithItsOwnSource() {
        assertThat(links.whatsapp()).isEqualTo("https://wa.me/?text=Firma%20la%20petici%C3%B3n%3A%20Agua%20limpia%20%26%20segura%20"
                + "https%3A%2F%2Fplaza.example%2Fpetitions%2Fagua-limpia%3Flang%3Des%26src%3Dwhatsapp");
        assertThat(links.sms()).startsWith("sms:?&body=Firma%20la%20petici%C3%B3n").endsWith("%26src%3Dsms");
        assertThat(links.facebook()).isEqualTo("https://www.facebook.com/sharer/sharer.php?u="
                + "https%3A%2F%2Fplaza.example%2Fpetitions%2Fagua-limpia%3Flang%3Des%26src%3Dfacebook");
        assertThat(links.email()).startsWith("mailto:?subject=Agua%20limpia&body=Firma%20la%20petici%C3%B3n")
                .contains("%0A%0Ahttps%3A%2F%2Fplaza.example").endsWith("%26src%3Demail");
    }

    @Test
    void aSourceReplacesAnEarlierOneAndKeepsTheLanguage() {
        assertThat(ShareLinks.withSource("https://plaza.example/outreach/shifts/sh_1?src=qr&lang=en", "sms"))
                .isEqualTo("https://plaza.example/outreach/shifts/sh_1?lang=en&src=sms");
    }

    @Test
    void theShareKitRendersFourPlainLinksInThePagesLanguage() {
        String spanish = get("/drives/drv_1?lang=es").body();
        assertThat(spanish).contains(">Compartir</h2>", ">Compartir por WhatsApp</a>", ">Enviar por mensaje de texto</a>",
                ">Compartir en Facebook</a>", ">Enviar por correo</a>", "href=\"https://wa.me/?text=", "href=\"sms:?&amp;body=",
                "href=\"mailto:?subject=").doesNotContain("<script");
        assertThat(get("/drives/drv_1?lang=en").body()).contains(">Share</h2>", ">Share on WhatsApp</a>",
                ">Send by text message</a>", ">Share on Facebook</a>", ">Send by email</a>");
    }
}
