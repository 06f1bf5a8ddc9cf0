package org.plaza.petitions.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.petitions.Fixtures.Mail;
import org.plaza.petitions.Fixtures.OpenPetition;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.PetitionsTest;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.forms.FormChoices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/** The resident's pages in Spanish and English, and every bad input of the signing form. */
@PetitionsTest
class SigningPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Vocabulary vocabulary;

    OpenPetition petition;

    @BeforeEach
    void openPetition() throws Exception {
        petition = fixtures.openPetition();
    }

    @Test
    void showsThePetitionAndItsFormInSpanishByDefaultAndInEnglishOnRequest() throws Exception {
        String spanish = page(get("/petitions/{slug}", petition.slug()));
        assertThat(spanish).contains("lang=\"es\"", "Agua limpia para Mecca", "Dirigida a: La junta del distrito de agua",
                "Pedimos agua limpia.", "Firma esta petición", "Nombre completo", "name=\"_csrf\"",
                "class=\"honeypot\"", "Compartir por WhatsApp", "firmas verificadas por ahora; la meta es 100");
        String english = page(get("/petitions/{slug}?lang=en", petition.slug()));
        assertThat(english).contains("lang=\"en\"", "Clean water for Mecca", "To: The water district board",
                "Sign this petition", "Full name", "Another community", "verified signatures so far; the goal is 100");
    }

    @Test
    void thePetitionPageHasALinkPreviewAndShareLinksThatNameTheirSourceInItsLanguage() throws Exception {
        String spanish = page(get("/petitions/{slug}", petition.slug()));
        assertThat(spanish).contains("<meta property=\"og:title\" content=\"Agua limpia para Mecca\">",
                "<meta property=\"og:description\" content=\"Pedimos agua limpia.", "<meta property=\"og:locale\" content=\"es_US\">",
                "<meta name=\"twitter:card\"", "Compartir por WhatsApp", "Enviar por mensaje de texto", "Compartir en Facebook",
                "Enviar por correo", "href=\"sms:?&amp;body=", "href=\"mailto:?subject=")
                .containsPattern("<meta property=\"og:url\" content=\"https?://[^\"]+/petitions/" + petition.slug() + "\\?lang=es\">")
                .contains("%2Fpetitions%2F" + petition.slug() + "%3Flang%3Des%26src%3Dwhatsapp",
                        "%26src%3Dsms", "%26src%3Dfacebook", "%26src%3Demail");
        String english = page(get("/petitions/{slug}?lang=en", petition.slug()));
        assertThat(english).contains("<meta property=\"og:locale\" content=\"en_US\">", "Share on WhatsApp",
                "Send by text message", "%3Flang%3Den%26src%3Dwhatsapp",
                "href=\"/petitions/" + petition.slug() + "/flyer.pdf\">Printable flyer (PDF)</a>",
                "href=\"/petitions/" + petition.slug() + "/qr.png\">QR code (image)</a>");
    }

    @Test
    void theSigningFormOffersExactlyThePlatformsResidentCommunities() throws Exception {
        String html = page(get("/petitions/{slug}?lang=en", petition.slug()));

        assertThat(FormChoices.of(html, "community"))
                .containsExactlyElementsOf(Vocabulary.codes(vocabulary.residentCommunities()))
                .containsExactlyElementsOf(Vocabulary.codes(Vocabulary.platformDefaults().residentCommunities()));
        assertThat(html).contains(">Desert Hot Springs</option>", ">Another community</option>");
    }

    @Test
    void refusesEmptyFieldsWithMessagesNextToEachFieldInTheResidentsLanguage() throws Exception {
        String spanish = invalid(post("/petitions/{slug}/signatures", petition.slug()).with(csrf())
                .param("fullName", "").param("email", "").param("community", ""));
        assertThat(spanish).contains("Revisa lo siguiente", "Escribe tu nombre completo",
                "Escribe tu correo electrónico", "Elige tu comunidad o escribe tu código postal (ZIP)",
                "id=\"fullName-error\"", "aria-describedby=\"fullName-error\"", "aria-invalid=\"true\"");
        String english = invalid(post("/petitions/{slug}/signatures", petition.slug()).with(csrf())
                .header("Accept-Language", "en").param("fullName", " ").param("email", "").param("community", ""));
        assertThat(english).contains("Please check the following", "Enter your full name", "Enter your email address",
                "Choose your community or enter your ZIP code");
    }

    @Test
    void refusesOversizedFieldsAndKeepsWhatWasTyped() throws Exception {
        String html = invalid(fixtures.signForm(petition.slug(), "R".repeat(101), "rosa@example.org", "MECCA")
                .param("comment", "c".repeat(1001)).header("Accept-Language", "en"));
        assertThat(html).contains("Use at most 100 characters", "Keep your comment to 1000 characters or fewer",
                "value=\"rosa@example.org\"", "<option value=\"MECCA\" selected=\"selected\">");
        String email = invalid(fixtures.signForm(petition.slug(), "Rosa", "r".repeat(250) + "@x.org", "MECCA"));
        assertThat(email).contains("Usa como máximo 254 caracteres");
    }

    @Test
    void refusesInvalidEmails() throws Exception {
        for (String email : new String[] { "rosa", "rosa@", "@example.org", "rosa@example", "ro sa@example.org",
                "rosa@@example.org", "rosa@example..org" }) {
            String html = invalid(fixtures.signForm(petition.slug(), "Rosa", email, "MECCA"));
            assertThat(html).as(email).contains("Escribe un correo electrónico válido");
        }
    }

    @Test
    void refusesUnknownCommunitiesAndExplainsZipCodes() throws Exception {
        assertThat(invalid(fixtures.signForm(petition.slug(), "Rosa", "rosa@example.org", "ATLANTIS")))
                .contains("Elige una comunidad de la lista");
        assertThat(invalid(fixtures.signForm(petition.slug(), "Rosa", "rosa@example.org", "").param("zip", "9225")))
                .contains("Escribe un código postal (ZIP) de 5 dígitos");
        assertThat(invalid(fixtures.signForm(petition.slug(), "Rosa", "rosa@example.org", "").param("zip", "92254")
                .header("Accept-Language", "en"))).contains("This ZIP code covers several communities");
        mvc.perform(fixtures.signForm(petition.slug(), "Rosa", "rosa.zip@example.org", "").param("zip", "92236"))
                .andExpect(status().isSeeOther());
    }

    @Test
    void refusesToSignDraftsAndClosedPetitions() throws Exception {
        String campaign = fixtures.campaign("organizer-1");
        String draft = fixtures.draft(campaign, 10, "").get("slug").asString();
        mvc.perform(fixtures.signForm(draft, "Rosa", "rosa@example.org", "MECCA")).andExpect(status().isNotFound());
        mvc.perform(get("/petitions/{slug}", draft)).andExpect(status().isNotFound());

        mvc.perform(post("/api/staff/petitions/{id}/close", petition.id()).header("Authorization", fixtures.admin()))
                .andExpect(status().isOk());
        MvcResult closed = mvc.perform(fixtures.signForm(petition.slug(), "Rosa", "rosa@example.org", "MECCA"))
                .andExpect(status().isConflict()).andReturn();
        assertThat(closed.getResponse().getContentAsString()).contains("Esta petición ya no recibe firmas");
        assertThat(page(get("/petitions/{slug}", petition.slug()))).contains("Esta petición no está recibiendo firmas")
                .doesNotContain("Firma esta petición");
    }

    @Test
    void refusesAFormWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/petitions/{slug}/signatures", petition.slug()).param("fullName", "Rosa")
                .param("email", "rosa@example.org").param("community", "MECCA")).andExpect(status().isForbidden());
    }

    @Test
    void refusesConfirmationAndResendFormsWithoutTheirCsrfToken() throws Exception {
        Position notifications = fixtures.notificationPosition();
        String ticket = fixtures.sign(petition.slug(), "sin.csrf@example.org", "MECCA", "es");
        Mail mail = fixtures.verificationMail(notifications, "sin.csrf@example.org");

        mvc.perform(post("/petitions/{slug}/confirm", petition.slug()).param("token", mail.token()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/petitions/{slug}/confirm-code", petition.slug()).param("t", ticket)
                .param("code", mail.code())).andExpect(status().isForbidden());
        mvc.perform(post("/petitions/{slug}/resend", petition.slug()).param("t", ticket))
                .andExpect(status().isForbidden());
        mvc.perform(post("/petitions/{slug}/confirm", petition.slug()).with(csrf().useInvalidToken())
                .param("token", mail.token())).andExpect(status().isForbidden());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/public/petitions/{slug}/counts",
                petition.slug())).andExpect(jsonPath("$.verified").value(0)));
        mvc.perform(post("/petitions/{slug}/confirm", petition.slug()).with(csrf()).param("token", mail.token()))
                .andExpect(redirectedUrl("/petitions/" + petition.slug() + "/confirmed"));
    }

    @Test
    void refusesControlCharactersInTheName() throws Exception {
        assertThat(invalid(fixtures.signForm(petition.slug(), "Rosa\u0007Martínez", "rosa@example.org", "MECCA")
                .header("Accept-Language", "en"))).contains("Please check the following", "id=\"fullName-error\"");
        assertThat(invalid(fixtures.signForm(petition.slug(), "Rosa\tMartínez", "rosa@example.org", "MECCA")))
                .contains("Revisa lo siguiente", "id=\"fullName-error\"");
    }

    @Test
    void answersAFilledHoneypotLikeASuccessButStoresNothing() throws Exception {
        MvcResult result = mvc.perform(fixtures.signForm(petition.slug(), "Bot", "bot@example.org", "MECCA")
                .param("website", "http://spam.example")).andExpect(status().isSeeOther()).andReturn();
        String ticket = Fixtures.ticketOf(result.getResponse().getRedirectedUrl());
        assertThat(page(get("/petitions/{slug}/check-email", petition.slug()).param("t", ticket)))
                .contains("Revisa tu correo", "Código del correo");
        assertThat(page(get("/petitions/{slug}", petition.slug()))).doesNotContain("esperando la confirmación");
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString();
    }

    private String invalid(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    }
}
