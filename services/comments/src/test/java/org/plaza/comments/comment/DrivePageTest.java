package org.plaza.comments.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.comments.CommentsServiceTest;
import org.plaza.comments.Fixtures;
import org.plaza.starter.share.QrCodes;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.testsupport.forms.FormChoices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CommentsServiceTest
class DrivePageTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;

    String driveId;

    @BeforeEach
    void drive() {
        driveId = fixtures.drive(fixtures.body(300), Duration.ofDays(2).plusHours(3), false);
    }

    @Test
    void showsTheItemTimeLeftTalkingPointsFormAndPublicRecordNoticeInSpanish() throws Exception {
        String page = page("es");
        assertThat(page).contains("lang=\"es\"", "Aumento de tarifas de agua", "Quedan 2 días, 3 horas y",
                "La junta decide si sube las tarifas un 15%.", "<li>Las familias ya pagan mucho</li>",
                "Tu comentario será registro público", "Hasta 300 caracteres.", "maxlength=\"300\"",
                "Quiero hablar en la reunión", "Purépecha", "name=\"_csrf\"", "for=\"comment\"", "A favor");
        assertThat(page).doesNotContain("style=\"", "<script>");
    }

    @Test
    void theFormOffersExactlyThePlatformsResidentCommunitiesAndLanguages() throws Exception {
        Vocabulary platform = Vocabulary.platformDefaults();
        String page = page("en");

        assertThat(FormChoices.of(page, "community")).containsExactlyElementsOf(Vocabulary.codes(platform.residentCommunities()));
        assertThat(FormChoices.of(page, "language")).containsExactlyElementsOf(Vocabulary.codes(platform.siteLanguages()));
        assertThat(FormChoices.of(page, "speakingLanguage")).containsExactlyElementsOf(Vocabulary.codes(platform.languages()));
        assertThat(page).contains(">Desert Hot Springs</option>", ">Another community</option>", ">Mixtec</option>");
    }

    @Test
    void showsTheSamePageInEnglish() throws Exception {
        assertThat(page("en")).contains("lang=\"en\"", "Water rate increase", "2 days, 3 hours and",
                "<li>Families already pay a lot</li>", "Your comment becomes public record", "Up to 300 characters.",
                "Support", "Oppose", "Neutral", "Spanish");
    }

    @Test
    void theTrapFieldTellsEveryResidentInTheirLanguageToLeaveItEmpty() throws Exception {
        assertThat(page("es")).contains("<label for=\"website\">Deja este campo vacío</label>").doesNotContain(">Website<");
        assertThat(page("en")).contains("<label for=\"website\">Leave this field empty</label>");
    }

    @Test
    void aDrivePageHasALinkPreviewAndShareLinksThatNameTheirSourceInItsLanguage() throws Exception {
        assertThat(page("es")).contains("<meta property=\"og:title\" content=\"Aumento de tarifas de agua\">",
                "<meta property=\"og:description\" content=\"La junta decide si sube las tarifas un 15%.\">",
                "<meta property=\"og:locale\" content=\"es_US\">", "<meta name=\"twitter:card\"",
                "Compartir por WhatsApp", "Enviar por mensaje de texto", "Compartir en Facebook", "Enviar por correo",
                "%2Fcomments%2Fdrives%2F" + driveId + "%3Flang%3Des%26src%3Dwhatsapp", "%26src%3Dsms", "%26src%3Dfacebook",
                "%26src%3Demail")
                .containsPattern("<meta property=\"og:url\" content=\"https?://[^\"]+/comments/drives/" + driveId
                        + "\\?lang=es\">");
        assertThat(page("en")).contains("<meta property=\"og:locale\" content=\"en_US\">", "Share on WhatsApp",
                "%3Flang%3Den%26src%3Demail", "href=\"/comments/drives/" + driveId + "/flyer.pdf\">Printable flyer (PDF)</a>");
    }

    @Test
    void theDrivesQrCodeOpensItsPageAndItsFlyerCarriesBothTitles() throws Exception {
        byte[] png = mvc.perform(get("/comments/drives/" + driveId + "/qr.png")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        assertThat(QrCodes.read(png)).matches("https?://[^/]+/comments/drives/" + driveId + "\\?src=qr");

        byte[] pdf = mvc.perform(get("/comments/drives/" + driveId + "/flyer.pdf")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Aumento de tarifas de agua", "Water rate increase", "Envía tu comentario público",
                    "Send your public comment");
            assertThat(text.replaceAll("\\s", "")).contains("/comments/drives/" + driveId);
        }
    }

    @Test
    void keepsWhatWasTypedAndExplainsEachErrorNextToItsFieldInTheResidentsLanguage() throws Exception {
        String spanish = submit(form("es").param("name", "Rosa Pérez").param("position", "MAYBE")
                .param("community", "ATLANTIS").param("comment", "x".repeat(301)).param("email", "rosa@"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(spanish).contains("Corrige estos campos", "value=\"Rosa Pérez\"",
                "Elige una comunidad de la lista", "Elige a favor, en contra o neutral",
                "Tu comentario tiene 301 caracteres; el límite es 300", "Escribe un correo electrónico como",
                "aria-describedby=\"comment-hint comment-count comment-error\"", "href=\"#community\"");
        String english = submit(form("en").param("comment", "Hola\u0000")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Please fix these fields", "Enter your name", "invisible control characters",
                "Choose your community");
    }

    @Test
    void sendsTheResidentToEnterTheCodeAfterAGoodSubmission() throws Exception {
        submit(form("es").param("name", "Rosa Pérez").param("community", "MECCA").param("position", "OPPOSE")
                .param("comment", "No al aumento.").param("email", "rosa." + System.nanoTime() + "@example.org")
                .param("language", "es")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/comments/confirm/cmt_*"));
    }

    @Test
    void anUnknownDriveIsALocalizedNotFoundPage() throws Exception {
        String page = mvc.perform(get("/comments/drives/drv_nope?lang=es")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("No hay ninguna campaña de comentarios en esta dirección.");
    }

    @Test
    void listsOpenDrives() throws Exception {
        assertThat(mvc.perform(get("/comments?lang=en")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andReturn().getResponse().getContentAsString()).contains("/comments/drives/" + driveId);
    }

    private String page(String lang) throws Exception {
        return mvc.perform(get("/comments/drives/" + driveId + "?lang=" + lang)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder form(String lang) {
        return post("/comments/drives/" + driveId + "?lang=" + lang).with(Fixtures.CSRF);
    }

    private ResultActions submit(MockHttpServletRequestBuilder form) throws Exception {
        return mvc.perform(form);
    }
}
