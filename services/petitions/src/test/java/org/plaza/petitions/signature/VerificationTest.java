package org.plaza.petitions.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.Fixtures.Mail;
import org.plaza.petitions.Fixtures.OpenPetition;
import org.plaza.petitions.PetitionsTest;
import org.plaza.petitions.tally.LiveCounts;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Confirming by code and by link, replays, one signature per person, resends, and the JSON API. */
@PetitionsTest
class VerificationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    LiveCounts liveCounts;

    OpenPetition petition;

    @BeforeEach
    void openPetition() throws Exception {
        petition = fixtures.openPetition();
    }

    @Test
    void theEmailedLinkLandsOnAPageWhoseButtonConfirmsAndAReplayedLinkChangesNothing() throws Exception {
        Position notifications = fixtures.notificationPosition();
        Position verified = events.positionOf(SignatureVerified.class);
        fixtures.sign(petition.slug(), "lupe@example.org", "MECCA", "en");
        Mail mail = fixtures.verificationMail(notifications, "lupe@example.org");

        String landing = mvc.perform(get("/petitions/{slug}/confirm?lang=en", petition.slug()).param("token", mail.token()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(landing).contains("Confirm your signature", "method=\"post\"", "name=\"_csrf\"");
        events.assertNoEvent(verified, SignatureVerified.class, e -> e.petitionId().equals(petition.id()),
                Duration.ofSeconds(2));

        mvc.perform(post("/petitions/{slug}/confirm", petition.slug()).with(csrf()).param("token", mail.token()))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/petitions/" + petition.slug() + "/confirmed"));
        mvc.perform(post("/petitions/{slug}/confirm", petition.slug()).with(csrf()).param("token", mail.token()))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/petitions/" + petition.slug() + "/confirmed?already=1"));
        events.awaitEvent(verified, SignatureVerified.class, e -> e.petitionId().equals(petition.id()),
                Duration.ofSeconds(30));
        events.assertNoEvent(verified, SignatureVerified.class, e -> e.petitionId().equals(petition.id())
                && Fixtures.distinct(events.eventsSoFar(SignatureVerified.class,
                        v -> v.petitionId().equals(petition.id()))).size() > 1, Duration.ofSeconds(2));
        assertThat(mvc.perform(get("/petitions/{slug}/confirmed?already=1", petition.slug()))
                .andReturn().getResponse().getContentAsString()).contains("Tu firma ya estaba confirmada");
    }

    @Test
    void refusesWrongTamperedAndReplayedCodesWithoutCountingTwice() throws Exception {
        Position notifications = fixtures.notificationPosition();
        Position verified = events.positionOf(SignatureVerified.class);
        String ticket = fixtures.sign(petition.slug(), "mario@example.org", "OASIS", "es");
        Mail mail = fixtures.verificationMail(notifications, "mario@example.org");
        String wrong = mail.code().equals("111111") ? "222222" : "111111";

        String page = mvc.perform(post("/petitions/{slug}/confirm-code", petition.slug()).with(csrf())
                .param("t", ticket).param("code", wrong)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Este código o enlace no es válido", "aria-invalid=\"true\"", "id=\"code-error\"");
        mvc.perform(post("/petitions/{slug}/confirm-code", petition.slug()).with(csrf())
                .param("t", ticket + "x").param("code", mail.code())).andExpect(status().isGone());
        mvc.perform(post("/petitions/{slug}/confirm", petition.slug()).with(csrf())
                .param("token", mail.token() + "x")).andExpect(status().isBadRequest());

        mvc.perform(post("/petitions/{slug}/confirm-code", petition.slug()).with(csrf()).param("t", ticket)
                .param("code", mail.code().substring(0, 3) + " " + mail.code().substring(3)))
                .andExpect(status().isSeeOther());
        mvc.perform(post("/petitions/{slug}/confirm-code", petition.slug()).with(csrf()).param("t", ticket)
                .param("code", mail.code())).andExpect(redirectedUrl("/petitions/" + petition.slug() + "/confirmed?already=1"));
        events.awaitEvent(verified, SignatureVerified.class, e -> e.petitionId().equals(petition.id()),
                Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/public/petitions/{slug}/counts",
                petition.slug())).andExpect(jsonPath("$.verified").value(1)));
        assertThat(Fixtures.distinct(events.eventsSoFar(SignatureVerified.class,
                e -> e.petitionId().equals(petition.id())))).hasSize(1);
    }

    @Test
    void aSecondSignatureWithTheSameMailboxLooksLikeAFirstAndDoesNotCount() throws Exception {
        Position notifications = fixtures.notificationPosition();
        MvcResult first = mvc.perform(fixtures.signForm(petition.slug(), "Rosa", "rosa.vargas@gmail.com", "MECCA"))
                .andExpect(status().isSeeOther()).andReturn();
        Mail mail = fixtures.verificationMail(notifications, "rosa.vargas@gmail.com");
        mvc.perform(post("/petitions/{slug}/confirm", petition.slug()).with(csrf()).param("token", mail.token()))
                .andExpect(status().isSeeOther());

        MvcResult second = mvc.perform(fixtures.signForm(petition.slug(), "Rosa V", "RosaVargas+again@googlemail.com",
                "OASIS")).andExpect(status().isSeeOther()).andReturn();
        MvcResult stranger = mvc.perform(fixtures.signForm(petition.slug(), "Someone", "never.signed@example.org",
                "OASIS")).andExpect(status().isSeeOther()).andReturn();

        String secondPage = checkEmailPage(second);
        String strangerPage = checkEmailPage(stranger);
        assertThat(secondPage.replaceAll("[A-Za-z0-9_-]{60,}", "TICKET").strip())
                .isEqualTo(strangerPage.replaceAll("[A-Za-z0-9_-]{60,}", "TICKET").strip());
        assertThat(Fixtures.ticketOf(first.getResponse().getRedirectedUrl()))
                .isNotEqualTo(Fixtures.ticketOf(second.getResponse().getRedirectedUrl()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/public/petitions/{slug}/counts",
                petition.slug())).andExpect(jsonPath("$.verified").value(1)).andExpect(jsonPath("$.byCommunity.MECCA").value(1))
                .andExpect(jsonPath("$.total").doesNotExist()).andExpect(jsonPath("$.pending").doesNotExist()));
        assertThat(liveCounts.fresh(petition.id()).total()).isEqualTo(2);
    }

    @Test
    void aStrangerCannotTellFromThePublicFiguresWhetherAnAddressHadSigned() throws Exception {
        mvc.perform(fixtures.signForm(petition.slug(), "Alma", "alma.rios@example.org", "MECCA"))
                .andExpect(status().isSeeOther());
        assertThat(liveCounts.fresh(petition.id()).total()).isEqualTo(1);
        String afterFirst = publicFigures();

        mvc.perform(fixtures.signForm(petition.slug(), "Alma", "alma.rios@example.org", "MECCA"))
                .andExpect(status().isSeeOther());
        assertThat(liveCounts.fresh(petition.id()).total()).isEqualTo(1);
        String afterRepeat = publicFigures();

        mvc.perform(fixtures.signForm(petition.slug(), "Beto", "beto.rios@example.org", "MECCA"))
                .andExpect(status().isSeeOther());
        assertThat(liveCounts.fresh(petition.id()).total()).isEqualTo(2);
        String afterNew = publicFigures();

        assertThat(afterRepeat).isEqualTo(afterFirst);
        assertThat(afterNew).isEqualTo(afterRepeat);
    }

    /** What anyone can read of a petition's figures: its public JSON (without its time) and the page's progress. */
    private String publicFigures() throws Exception {
        String json = mvc.perform(get("/api/public/petitions/{slug}/counts", petition.slug())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replaceAll("\"asOf\":\"[^\"]*\"", "");
        String page = mvc.perform(get("/petitions/{slug}", petition.slug())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int start = page.indexOf("aria-labelledby=\"progress-heading\"");
        return json + page.substring(start, page.indexOf("</section>", start));
    }

    @Test
    void resendsTheEmailWithinItsLimits() throws Exception {
        Position notifications = fixtures.notificationPosition();
        String ticket = fixtures.sign(petition.slug(), "nora@example.org", "MECCA", "es");
        Mail first = fixtures.verificationMail(notifications, "nora@example.org");

        String refused = mvc.perform(post("/petitions/{slug}/resend?lang=es", petition.slug()).with(csrf())
                .param("t", ticket)).andExpect(status().isTooManyRequests()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(refused).as("the check page itself, still taking the code").contains("id=\"code\"",
                "Espera un momento antes de pedirlo otra vez");
        Position again = fixtures.notificationPosition();
        await().pollInterval(Duration.ofMillis(500)).atMost(Duration.ofSeconds(60)).until(() -> mvc
                .perform(post("/petitions/{slug}/resend", petition.slug()).with(csrf()).param("t", ticket))
                .andReturn().getResponse().getStatus() == 303);
        Mail second = fixtures.verificationMail(again, "nora@example.org");
        assertThat(second.request().requestId()).isNotEqualTo(first.request().requestId());
        mvc.perform(post("/petitions/{slug}/confirm-code", petition.slug()).with(csrf()).param("t", ticket)
                .param("code", first.code())).andExpect(status().isSeeOther());
    }

    @Test
    void signsAndConfirmsThroughTheJsonApiWithProblemDetailsInBothLanguages() throws Exception {
        String path = "/api/public/petitions/" + petition.slug();
        mvc.perform(post(path + "/signatures?lang=en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"\",\"email\":\"nope\",\"community\":\"ATLANTIS\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("Some fields are not valid"))
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("fullName")))
                .andExpect(jsonPath("$.errors[*].message", Matchers.hasItem("Enter your full name")));
        mvc.perform(post(path + "/signatures?lang=es").contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"Ana\",\"email\":\"nope\",\"community\":\"ATLANTIS\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message", Matchers.containsInAnyOrder(
                        "Escribe un correo electrónico válido, como nombre@ejemplo.com", "Elige una comunidad de la lista")));

        Position notifications = fixtures.notificationPosition();
        String ticket = fixtures.json(mvc.perform(post(path + "/signatures").contentType(MediaType.APPLICATION_JSON)
                .with(r -> {
                    r.setRemoteAddr(Fixtures.nextAddress());
                    return r;
                }).content("{\"fullName\":\"Ana Ruiz\",\"email\":\"ana.ruiz@example.org\",\"zip\":\"92236\","
                        + "\"updatesOptIn\":true}")).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("CHECK_EMAIL")).andReturn()).get("ticket").asString();
        Mail mail = fixtures.verificationMail(notifications, "ana.ruiz@example.org");
        String wrong = mail.code().equals("111111") ? "222222" : "111111";
        mvc.perform(post(path + "/confirmations?lang=en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"ticket\":\"" + ticket + "\",\"code\":\"" + wrong + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://plaza.example/problems/confirmation-invalid"))
                .andExpect(jsonPath("$.title").value("Code or link not valid"));
        mvc.perform(post(path + "/confirmations").contentType(MediaType.APPLICATION_JSON)
                .content("{\"token\":\"" + mail.token() + "\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"));
        mvc.perform(post(path + "/confirmations").contentType(MediaType.APPLICATION_JSON)
                .content("{\"ticket\":\"" + ticket + "\",\"code\":\"" + mail.code() + "\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ALREADY_CONFIRMED"));

        mvc.perform(post("/api/staff/petitions/{id}/close", petition.id()).header("Authorization", fixtures.admin()))
                .andExpect(status().isOk());
        mvc.perform(post(path + "/signatures?lang=en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"Late\",\"email\":\"late@example.org\",\"community\":\"MECCA\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://plaza.example/problems/petition-closed"))
                .andExpect(jsonPath("$.title").value("This petition is closed"));
    }

    @Test
    void aPendingSignatureCannotBeConfirmedAfterThePetitionCloses() throws Exception {
        Position notifications = fixtures.notificationPosition();
        String ticket = fixtures.sign(petition.slug(), "tarde@example.org", "MECCA", "es");
        Mail mail = fixtures.verificationMail(notifications, "tarde@example.org");
        mvc.perform(post("/api/staff/petitions/{id}/close", petition.id()).header("Authorization", fixtures.admin()))
                .andExpect(status().isOk());
        String page = mvc.perform(post("/petitions/{slug}/confirm-code", petition.slug()).with(csrf())
                .param("t", ticket).param("code", mail.code())).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Esta petición se cerró antes de que confirmaras tu firma");
        events.assertNoEvent(notifications, NotificationRequested.class,
                n -> "late".equals(n.recipientEmail()), Duration.ofMillis(100));
    }

    @Test
    void aCodeConfirmsOnlyTheSignatureItWasSentFor() throws Exception {
        Position notifications = fixtures.notificationPosition();
        String first = fixtures.sign(petition.slug(), "primera@example.org", "MECCA", "es");
        Mail firstMail = fixtures.verificationMail(notifications, "primera@example.org");
        String second = fixtures.sign(petition.slug(), "segunda@example.org", "MECCA", "es");
        Mail secondMail = fixtures.verificationMail(notifications, "segunda@example.org");

        if (!firstMail.code().equals(secondMail.code())) {
            mvc.perform(post("/petitions/{slug}/confirm-code", petition.slug()).with(csrf()).param("t", second)
                    .param("code", firstMail.code())).andExpect(status().isBadRequest());
        }
        String otherToken = secondMail.token().substring(0, secondMail.token().indexOf('.'))
                + firstMail.token().substring(firstMail.token().indexOf('.'));
        mvc.perform(post("/petitions/{slug}/confirm", petition.slug()).with(csrf()).param("token", otherToken))
                .andExpect(status().isBadRequest());
        OpenPetition elsewhere = fixtures.openPetition();
        mvc.perform(post("/petitions/{slug}/confirm-code", elsewhere.slug()).with(csrf()).param("t", first)
                .param("code", firstMail.code())).andExpect(status().isBadRequest());
        mvc.perform(post("/petitions/{slug}/confirm", elsewhere.slug()).with(csrf()).param("token", firstMail.token()))
                .andExpect(status().isBadRequest());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/public/petitions/{slug}/counts",
                petition.slug())).andExpect(jsonPath("$.verified").value(0)));
        assertThat(liveCounts.fresh(petition.id()).total()).isEqualTo(2);
        mvc.perform(post("/petitions/{slug}/confirm-code", petition.slug()).with(csrf()).param("t", first)
                .param("code", firstMail.code())).andExpect(status().isSeeOther());
    }

    @Test
    void theJsonApiRefusesEmptyOversizedAndMalformedInputInBothLanguages() throws Exception {
        String path = "/api/public/petitions/" + petition.slug();
        mvc.perform(post(path + "/signatures?lang=en").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("fullName", "email")));
        mvc.perform(post(path + "/signatures?lang=es").contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"" + "R".repeat(101) + "\",\"email\":\"" + "r".repeat(250) + "@x.org\","
                        + "\"community\":\"" + "M".repeat(41) + "\",\"zip\":\"" + "9".repeat(11) + "\","
                        + "\"comment\":\"" + "c".repeat(1001) + "\",\"website\":\"" + "w".repeat(201) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Algunos campos no son válidos"))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("fullName", "email", "community",
                        "zip", "comment", "website")));
        mvc.perform(post(path + "/signatures?lang=en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"Ana\\u0007Ruiz\",\"email\":\"ana@example.org\",\"community\":\"MECCA\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fullName"));
        mvc.perform(post(path + "/signatures").contentType(MediaType.APPLICATION_JSON).content("{\"fullName\":"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(path + "/confirmations?lang=en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"token\":\"" + "t".repeat(201) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("token"));
        mvc.perform(post(path + "/confirmations?lang=en").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("token"));
        mvc.perform(post(path + "/verification-emails?lang=en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"ticket\":\"\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ticket"));
    }

    @Test
    void theJsonApiDoesNotKnowDraftsOrUnknownPetitions() throws Exception {
        String draft = fixtures.draft(petition.campaignId(), 10, "").get("slug").asString();
        for (String slug : new String[] { draft, "no-such-petition" }) {
            mvc.perform(post("/api/public/petitions/{slug}/signatures", slug).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"fullName\":\"Ana\",\"email\":\"ana@example.org\",\"community\":\"MECCA\"}"))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/public/petitions/{slug}/counts", slug)).andExpect(status().isNotFound());
        }
    }

    private String checkEmailPage(MvcResult redirect) throws Exception {
        return mvc.perform(get(redirect.getResponse().getRedirectedUrl())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
