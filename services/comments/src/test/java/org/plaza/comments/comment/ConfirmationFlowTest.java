package org.plaza.comments.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.comments.CommentsServiceTest;
import org.plaza.comments.Fixtures;
import org.plaza.comments.SentCommands;
import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.comments.CommentWithdrawn;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CommentsServiceTest
class ConfirmationFlowTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    Comments comments;
    @Autowired
    SentCommands commands;

    String driveId;

    @BeforeEach
    void drive() {
        driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(2), false);
    }

    @Test
    void asksTheNotificationsServiceForACodeAndALinkInTheResidentsLanguage() throws Exception {
        String email = "rosa." + System.nanoTime() + "@example.org";
        String location = mvc.perform(post("/comments/drives/" + driveId + "?lang=es").with(Fixtures.CSRF)
                .param("name", "Rosa Pérez").param("community", "MECCA").param("position", "OPPOSE")
                .param("comment", "No al aumento.").param("email", email).param("language", "es"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String commentId = location.substring(location.lastIndexOf('/') + 1);

        NotificationRequested request = fixtures.confirmationEmail(commentId);
        assertThat(request.requestingService()).isEqualTo("comments");
        assertThat(request.category()).isEqualTo("TRANSACTIONAL");
        assertThat(request.locale()).isEqualTo("es");
        assertThat(request.recipientEmail()).isEqualTo(email);
        assertThat(request.recipientDisplayName()).isEqualTo("Rosa Pérez");
        assertThat(request.templateKey()).isEqualTo("comments.comment-confirmation");
        assertThat(request.requestId()).isEqualTo("ntf-comments-confirm-" + commentId + "-1");
        assertThat(request.templateParameters()).containsOnlyKeys("itemTitle", "publicBody", "code", "confirmUrl",
                "manageUrl", "deadline", "commentText");
        assertThat(request.templateParameters()).containsEntry("commentText", "No al aumento.");
        assertThat(request.templateParameters().get("code")).matches("\\d{6}");
        assertThat(request.templateParameters().get("confirmUrl")).startsWith("http").contains("/comments/c/")
                .endsWith("?lang=es");
        assertThat(request.templateParameters().get("itemTitle")).isEqualTo("Aumento de tarifas de agua");

        String page = mvc.perform(get(location + "?lang=es")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Te enviamos un código de 6 dígitos", "autocomplete=\"one-time-code\"");
        assertThat(comments.findById(commentId).orElseThrow().status()).isEqualTo(CommentStatus.PENDING_CONFIRMATION);
    }

    @Test
    void aResidentWithOnlyAMobileNumberGetsTheCodeByTextAndTheSamePageTakesIt() throws Exception {
        String location = mvc.perform(withOnlyANumber("(760) 555-0160")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String commentId = location.substring(location.lastIndexOf('/') + 1);

        NotificationRequested text = fixtures.confirmationEmail(commentId);
        assertThat(text.channel()).isEqualTo("SMS");
        assertThat(text.recipientPhone()).isEqualTo("+17605550160");
        assertThat(text.recipientEmail()).isNull();
        assertThat(text.templateKey()).isEqualTo("comments.comment-confirmation");
        String page = mvc.perform(get(location + "?lang=es")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("por mensaje de texto a tu celular", "Código del mensaje de texto");

        confirm(commentId, text.templateParameters().get("code"), "es").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"));
        assertThat(fixtures.awaitSubmitted(commentId, 1).supporterId()).isEqualTo(comments.findById(commentId)
                .orElseThrow().supporterId());
    }

    @Test
    void aResidentWithOnlyAMobileNumberIsNeverPointedToAnEmailOrALinkTheTextDoesNotHave() throws Exception {
        String location = mvc.perform(withOnlyANumber("(760) 555-0161")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String code = fixtures.confirmationEmail(location.substring(location.lastIndexOf('/') + 1))
                .templateParameters().get("code");
        String wrong = code.equals("000000") ? "111111" : "000000";

        String asked = main(mvc.perform(get(location + "?lang=es")).andExpect(status().isOk()));
        String refused = main(mvc.perform(post(location + "?lang=es").with(Fixtures.CSRF).param("code", wrong))
                .andExpect(status().isBadRequest()));
        String confirmed = main(mvc.perform(post(location + "?lang=es").with(Fixtures.CSRF).param("code", code))
                .andExpect(status().isOk()));

        assertThat(refused).contains("Revisa el mensaje de texto");
        assertThat(confirmed).contains("tu comentario está confirmado y cuenta");
        assertThat(asked + refused + confirmed).doesNotContainIgnoringCase("correo").doesNotContain("enlace del mensaje");
    }

    @Test
    void aBadNumberIsRefusedNextToItsFieldKeepingWhatWasTyped() throws Exception {
        String page = mvc.perform(withOnlyANumber("(800) 234-5678")).andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Este número no puede recibir mensajes de texto", "id=\"phone-error\"",
                "value=\"(800) 234-5678\"");
    }

    @Test
    void theShareThatBroughtACommenterReachesCommentSubmittedOnlyAsAnAllowListedCode() throws Exception {
        String page = mvc.perform(get("/comments/drives/" + driveId + "?lang=es&src=SMS")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<input type=\"hidden\" name=\"src\" value=\"sms\">");
        assertThat(mvc.perform(get("/comments/drives/" + driveId).param("src", "\"><i>x")).andReturn().getResponse()
                .getContentAsString()).contains("name=\"src\" value=\"other\"").doesNotContain("<i>x");

        String email = "sms." + System.nanoTime() + "@example.org";
        String location = mvc.perform(post("/comments/drives/" + driveId + "?lang=es").with(Fixtures.CSRF)
                .param("name", "Rosa Pérez").param("community", "MECCA").param("position", "OPPOSE")
                .param("comment", "No al aumento.").param("email", email).param("language", "es")
                .param("src", "sms")).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        String fromSms = location.substring(location.lastIndexOf('/') + 1);
        fixtures.confirm(fromSms);
        Map<String, Object> madeUp = Fixtures.comment("Luis", unique("luis"), "THERMAL", "SUPPORT", "Sí.");
        madeUp.put("src", "boletín");
        String fromElsewhere = fixtures.submitAndConfirm(driveId, madeUp);
        String direct = fixtures.submitAndConfirm(driveId, Fixtures.comment("Eva", unique("eva"), "MECCA", "SUPPORT",
                "Sí al proyecto."));

        assertThat(fixtures.awaitSubmitted(fromSms, 1).shareSource()).isEqualTo("SMS");
        assertThat(fixtures.awaitSubmitted(fromElsewhere, 1).shareSource()).isEqualTo("OTHER");
        assertThat(fixtures.awaitSubmitted(direct, 1).shareSource()).isNull();
    }

    @Test
    void confirmingByCodeCountsOnceAndAReplayIsRefusedInBothLanguages() throws Exception {
        String commentId = fixtures.submit(driveId, Fixtures.comment("Luis", unique("luis"), "THERMAL", "SUPPORT",
                "Sí al proyecto de agua."), "es");
        String code = fixtures.confirmationEmail(commentId).templateParameters().get("code");
        confirm(commentId, code, "es").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONFIRMED"));
        CommentSubmitted submitted = fixtures.awaitSubmitted(commentId, 1);
        assertThat(submitted.supporterId()).startsWith("sup_");
        assertThat(submitted.position()).isEqualTo(CommentSubmitted.Position.SUPPORT);
        assertThat(submitted.community()).isEqualTo("THERMAL");

        confirm(commentId, code, "es").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Este comentario ya estaba confirmado; cuenta una sola vez."));
        confirm(commentId, code, "en").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("This comment was already confirmed; it counts once."));
        String token = fixtures.linkToken(commentId);
        mvc.perform(post("/api/public/comments/links/" + token + "/confirmation")).andExpect(status().isConflict());
        mvc.perform(post("/comments/c/" + token + "/confirm?lang=es").with(Fixtures.CSRF)).andExpect(status().isConflict());

        events.assertNoEvent(CommentSubmitted.class, e -> e.commentId().equals(commentId) && e.revision() > 1,
                Duration.ofSeconds(2));
        assertThat(events.eventsSoFar(CommentSubmitted.class, e -> e.commentId().equals(commentId))).hasSize(1);
    }

    @Test
    void theLinkShowsAConfirmButtonAndOnlyThePostConfirms() throws Exception {
        String commentId = fixtures.submit(driveId, Fixtures.comment("Ana", unique("ana"), "OASIS", "NEUTRAL",
                "Necesitamos más información."), "en");
        String link = fixtures.confirmationEmail(commentId).templateParameters().get("confirmUrl");
        String path = link.substring(link.indexOf("/comments/c/"));
        String page = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Confirm my comment", "method=\"post\"", "/confirm\"");
        assertThat(comments.findById(commentId).orElseThrow().status()).isEqualTo(CommentStatus.PENDING_CONFIRMATION);

        String token = path.substring("/comments/c/".length(), path.indexOf('?'));
        String confirmed = mvc.perform(post("/comments/c/" + token + "/confirm?lang=en").with(Fixtures.CSRF))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirmed).contains("your comment is confirmed and counts", "Change your comment", "Withdraw my comment");
        fixtures.awaitSubmitted(commentId, 1);
    }

    @Test
    void wrongCodesAreCountedAndTheCodeStopsWorking() throws Exception {
        String commentId = fixtures.submit(driveId, Fixtures.comment("Eva", unique("eva"), "MECCA", "OPPOSE",
                "No."), "es");
        String code = fixtures.confirmationEmail(commentId).templateParameters().get("code");
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            confirm(commentId, wrong, "en").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("code"));
        }
        confirm(commentId, wrong, "es").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/code-locked")));
        confirm(commentId, code, "es").andExpect(status().isBadRequest());
        assertThat(comments.findById(commentId).orElseThrow().status()).isEqualTo(CommentStatus.PENDING_CONFIRMATION);
    }

    @Test
    void aSecondSubmissionWithTheSameEmailCannotReplaceThePendingComment() throws Exception {
        String email = unique("victim");
        String residents = fixtures.submit(driveId, Fixtures.comment("Rosa", email, "MECCA", "OPPOSE",
                "No al aumento de tarifas."), "es");
        String code = fixtures.confirmationEmail(residents).templateParameters().get("code");

        Map<String, Object> forged = Fixtures.comment("Rosa", email.toUpperCase(), "MECCA", "SUPPORT", "Apoyo el aumento.");
        forged.put("organization", "Amigos del Aumento");
        String attackers = fixtures.submit(driveId, forged, "es");

        assertThat(attackers).isNotEqualTo(residents);
        Comment pending = comments.findById(residents).orElseThrow();
        assertThat(pending.content().text()).isEqualTo("No al aumento de tarifas.");
        assertThat(pending.content().position()).isEqualTo(CommentSubmitted.Position.OPPOSE);
        assertThat(pending.content().organization()).isNull();
        confirm(residents, code, "es").andExpect(status().isOk());
        assertThat(fixtures.awaitSubmitted(residents, 1).position()).isEqualTo(CommentSubmitted.Position.OPPOSE);
        assertThat(comments.findById(residents).orElseThrow().content().text()).isEqualTo("No al aumento de tarifas.");
        assertThat(comments.findById(attackers).orElseThrow().status()).isEqualTo(CommentStatus.PENDING_CONFIRMATION);
    }

    @Test
    void theResidentsCodeConfirmsOnlyTheTextItWasSentFor() throws Exception {
        String email = unique("bound");
        String residents = fixtures.submit(driveId, Fixtures.comment("Rosa", email, "MECCA", "OPPOSE",
                "Texto de Rosa."), "es");
        NotificationRequested residentsEmail = fixtures.confirmationEmail(residents);
        String code = residentsEmail.templateParameters().get("code");
        assertThat(residentsEmail.templateParameters()).containsEntry("commentText", "Texto de Rosa.");

        String attackers = fixtures.submit(driveId, Fixtures.comment("Rosa", email, "MECCA", "SUPPORT",
                "Texto del atacante."), "es");
        assertThat(fixtures.confirmationEmail(attackers).templateParameters())
                .containsEntry("commentText", "Texto del atacante.");
        confirm(attackers, code, "es").andExpect(status().isBadRequest());
        assertThat(comments.findById(attackers).orElseThrow().status()).isEqualTo(CommentStatus.PENDING_CONFIRMATION);

        assertThat(mvc.perform(get("/comments/confirm/" + residents + "?lang=es")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).as("the code page shows no text to another browser")
                .doesNotContain("Texto de Rosa.", "Texto del atacante.");
        assertThat(mvc.perform(get("/comments/c/" + fixtures.linkToken(residents) + "?lang=es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("El comentario que vas a confirmar", "Texto de Rosa.").doesNotContain("Texto del atacante.");
        confirm(residents, code, "es").andExpect(status().isOk());
        assertThat(comments.findById(residents).orElseThrow().content().text()).isEqualTo("Texto de Rosa.");
    }

    @Test
    void aDraftsTextIsShownOnItsCodePageOnlyToTheBrowserThatSentIt() throws Exception {
        var sent = mvc.perform(post("/comments/drives/" + driveId + "?lang=es").with(Fixtures.CSRF)
                .param("name", "Rosa Pérez").param("community", "MECCA").param("position", "OPPOSE")
                .param("comment", "Mi borrador privado.").param("email", unique("draft")).param("language", "es"))
                .andExpect(status().isSeeOther()).andReturn().getResponse();
        String location = sent.getRedirectedUrl();
        jakarta.servlet.http.Cookie mine = sent.getCookie("plaza_draft");
        String other = fixtures.submit(driveId, Fixtures.comment("Otra", unique("other"), "MECCA", "SUPPORT",
                "Otro borrador."), "es");

        assertThat(mine).isNotNull();
        assertThat(mine.isHttpOnly()).isTrue();
        assertThat(mine.getPath()).isEqualTo(location);
        assertThat(mvc.perform(get(location + "?lang=es").cookie(mine)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("El comentario que vas a confirmar", "Mi borrador privado.");
        assertThat(mvc.perform(get(location + "?lang=es")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).as("whoever else has the address").contains("Te enviamos un código de 6 dígitos")
                .doesNotContain("Mi borrador privado.", "El comentario que vas a confirmar");
        assertThat(mvc.perform(get(location + "?lang=es").cookie(new jakarta.servlet.http.Cookie("plaza_draft",
                mine.getValue().substring(1) + "A"))).andReturn().getResponse().getContentAsString())
                .as("a forged cookie").doesNotContain("Mi borrador privado.");
        assertThat(mvc.perform(post("/comments/confirm/" + other + "?lang=es").with(Fixtures.CSRF).param("code", "000000")
                .cookie(new jakarta.servlet.http.Cookie("plaza_draft", mine.getValue()))).andReturn().getResponse()
                .getContentAsString()).as("another draft's cookie").doesNotContain("Otro borrador.");
    }

    @Test
    void aCommentConfirmedOnItsCodePageIsCalledConfirmedThereInSpanishAndEnglish() throws Exception {
        for (String lang : java.util.List.of("es", "en")) {
            var sent = mvc.perform(post("/comments/drives/" + driveId + "?lang=" + lang).with(Fixtures.CSRF)
                    .param("name", "Rosa Pérez").param("community", "MECCA").param("position", "OPPOSE")
                    .param("comment", "Mi comentario " + lang + ".").param("email", unique("thanks-" + lang))
                    .param("language", lang)).andExpect(status().isSeeOther()).andReturn().getResponse();
            String location = sent.getRedirectedUrl();
            String commentId = location.substring(location.lastIndexOf('/') + 1);
            String code = fixtures.confirmationEmail(commentId).templateParameters().get("code");

            jakarta.servlet.http.Cookie draft = sent.getCookie("plaza_draft");
            String page = mvc.perform(post(location + "?lang=" + lang).with(Fixtures.CSRF).with(request -> {
                request.setCookies(request.getCookies()[0], draft);
                return request;
            }).param("code", code)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);

            if (lang.equals("es")) {
                assertThat(page).contains("Tu comentario está confirmado", "Tu comentario confirmado",
                        "Mi comentario es.").doesNotContain("vas a confirmar", "Confirma tu comentario");
            } else {
                assertThat(page).contains("Your comment is confirmed", "Your confirmed comment", "Mi comentario en.")
                        .doesNotContain("you are confirming", "Confirm your comment");
            }
        }
    }

    /**
     * Each draft gets its one email, and no count per address decides whether the next draft gets one: an
     * address's budget would be the attacker's to spend. Flooding one inbox is bounded by the gateway's limit
     * per client ({@code resident-writes}).
     */
    @Test
    void attackerSubmissionsCannotSilenceTheResidentsCode() throws Exception {
        String email = unique("silenced");
        for (int i = 0; i < 6; i++) {
            fixtures.submit(driveId, Fixtures.comment("Rosa", email, "MECCA", "SUPPORT", "Falso " + i), "es");
        }
        String residents = fixtures.submit(driveId, Fixtures.comment("Rosa", email, "MECCA", "OPPOSE",
                "Mi comentario de verdad."), "es");
        NotificationRequested residentsEmail = fixtures.confirmationEmail(residents);
        assertThat(residentsEmail.templateParameters()).containsEntry("commentText", "Mi comentario de verdad.");
        confirm(residents, residentsEmail.templateParameters().get("code"), "es").andExpect(status().isOk());
        assertThat(fixtures.awaitSubmitted(residents, 1).position()).isEqualTo(CommentSubmitted.Position.OPPOSE);
    }

    @Test
    void theCommentFormGivesTheSameAnswerForAKnownAndAnUnknownAddressAndRotatesNothing() throws Exception {
        String known = unique("known");
        String commentId = fixtures.submitAndConfirm(driveId, Fixtures.comment("Paz", known, "OASIS", "OPPOSE", "No."));
        String token = fixtures.linkToken(commentId);

        for (String email : java.util.List.of(known, unique("unknown"))) {
            String location = mvc.perform(post("/comments/drives/" + driveId + "?lang=en").with(Fixtures.CSRF)
                    .param("name", "Paz").param("community", "OASIS").param("position", "SUPPORT")
                    .param("comment", "Yes?").param("email", email).param("language", "en"))
                    .andExpect(status().isSeeOther()).andExpect(redirectedUrlPattern("/comments/confirm/cmt_*"))
                    .andReturn().getResponse().getRedirectedUrl();
            assertThat(location).as(email).doesNotContain(commentId);
            assertThat(mvc.perform(get(location + "?lang=en")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString()).as(email).contains("We sent a 6-digit code").doesNotContain("already");

            mvc.perform(post("/api/public/comments/drives/" + driveId + "/comments?lang=en")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(fixtures.json().writeValueAsString(Fixtures.comment("Paz", email, "OASIS", "SUPPORT", "Yes?"))))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.commentId").value(org.hamcrest.Matchers.not(commentId)))
                    .andExpect(jsonPath("$.commentId").value(org.hamcrest.Matchers.startsWith("cmt_")))
                    .andExpect(jsonPath("$.next").value("CHECK_EMAIL"));
        }

        assertThat(mvc.perform(get("/comments/c/" + token + "?lang=en")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Your comment is confirmed and counts.");
        Comment kept = comments.findById(commentId).orElseThrow();
        assertThat(kept.status()).isEqualTo(CommentStatus.CONFIRMED);
        assertThat(kept.content().text()).isEqualTo("No.");
    }

    @Test
    void confirmingALaterDraftReplacesTheConfirmedCommentOnlyWhenTheResidentConfirmsIt() throws Exception {
        String email = unique("again");
        String first = fixtures.submitAndConfirm(driveId, Fixtures.comment("Sol", email, "MECCA", "OPPOSE",
                "Primera versión"));
        String firstToken = fixtures.linkToken(first);
        String second = fixtures.submit(driveId, Fixtures.comment("Sol", email, "MECCA", "SUPPORT", "Segunda versión"),
                "es");
        assertThat(comments.findById(first).orElseThrow().status()).isEqualTo(CommentStatus.CONFIRMED);
        assertThat(mvc.perform(get("/comments/c/" + fixtures.linkToken(second) + "?lang=es")).andReturn().getResponse()
                .getContentAsString()).contains("Segunda versión", "Si confirmas este, reemplaza al anterior.");

        fixtures.confirm(second);
        assertThat(fixtures.awaitSubmitted(second, 1).position()).isEqualTo(CommentSubmitted.Position.SUPPORT);
        events.awaitEvent(CommentWithdrawn.class, e -> e.commentId().equals(first), Duration.ofSeconds(30));
        Comment replaced = comments.findById(first).orElseThrow();
        assertThat(replaced.status()).isEqualTo(CommentStatus.WITHDRAWN);
        assertThat(replaced.supersededBy()).isEqualTo(second);
        assertThat(mvc.perform(get("/comments/c/" + firstToken + "?lang=es")).andReturn().getResponse()
                .getContentAsString()).contains("Reemplazaste este comentario");
        assertThat(comments.findById(second).orElseThrow().status()).isEqualTo(CommentStatus.CONFIRMED);
    }

    /**
     * A first comment on a drive (the common case) is confirmed without looking for the person's other live comment:
     * the unique key of live comments refuses the save when there is one, and only then is it read and superseded
     * (the test above). The confirmation reads the comment, and on a drive without look-alikes no other comment.
     */
    @Test
    void confirmingAFirstCommentReadsNoOtherComment() {
        String commentId = fixtures.submit(driveId, Fixtures.comment("Noe", unique("first"), "MECCA", "SUPPORT",
                "Un texto que no se parece a ningún otro " + System.nanoTime()), "es");
        String code = fixtures.confirmationEmail(commentId).templateParameters().get("code");

        List<SentCommands.Sent> sent = commands.during(() -> fixtures.postJson(
                "/api/public/comments/comments/" + commentId + "/confirmation", null, Map.of("code", code)));

        assertThat(sent).filteredOn(command -> command.collection().equals("comments"))
                .filteredOn(command -> command.findFilter().toJson().contains(commentId)
                        || command.findFilter().toJson().contains(driveId)).as("the comments read")
                .singleElement().satisfies(find -> assertThat(find.findFilter().toJson()).contains(commentId));
        assertThat(comments.findById(commentId).orElseThrow().status()).isEqualTo(CommentStatus.CONFIRMED);
    }

    @Test
    void aConfirmedResidentEditsAndWithdrawsThroughTheirLinkAndMayCommentAgain() throws Exception {
        String email = unique("edit");
        String commentId = fixtures.submitAndConfirm(driveId, Fixtures.comment("Toño", email, "NORTH_SHORE", "OPPOSE",
                "Me opongo."));
        String token = fixtures.linkToken(commentId);

        String edited = mvc.perform(post("/comments/c/" + token + "?lang=es").with(Fixtures.CSRF).param("name", "Toño")
                .param("community", "NORTH_SHORE").param("position", "NEUTRAL").param("comment", "Lo pensé mejor.")
                .param("language", "es")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(edited).contains("Tus cambios están guardados.", "Lo pensé mejor.");
        assertThat(fixtures.awaitSubmitted(commentId, 2).position()).isEqualTo(CommentSubmitted.Position.NEUTRAL);

        mvc.perform(post("/comments/c/" + token + "/withdraw?lang=es").with(Fixtures.CSRF)).andExpect(status().isOk());
        events.awaitEvent(CommentWithdrawn.class, e -> e.commentId().equals(commentId), Duration.ofSeconds(30));
        assertThat(mvc.perform(get("/comments/c/" + token + "?lang=es")).andReturn().getResponse()
                .getContentAsString()).contains("Retiraste este comentario.");

        String again = fixtures.submit(driveId, Fixtures.comment("Toño", email, "NORTH_SHORE", "SUPPORT", "Otra vez."), "es");
        assertThat(again).isNotEqualTo(commentId);
    }

    @Test
    void badInputIsAValidationProblemWithLocalizedFieldMessages() throws Exception {
        Map<String, Object> bad = Fixtures.comment("", "no-email", "ATLANTIS", "MAYBE", "x".repeat(1001));
        bad.put("language", "fr");
        mvc.perform(post("/api/public/comments/drives/" + driveId + "/comments?lang=es")
                .contentType(MediaType.APPLICATION_JSON).content(fixtures.json().writeValueAsString(bad)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("name", "email",
                        "community", "position", "comment", "language")))
                .andExpect(jsonPath("$.errors[?(@.field=='comment')].message")
                        .value("Tu comentario tiene 1001 caracteres; el límite es 1000"));
        Map<String, Object> control = Fixtures.comment("Ana", unique("ctl"), "MECCA", "OPPOSE", "Hola\u001b[31m");
        mvc.perform(post("/api/public/comments/drives/" + driveId + "/comments?lang=en")
                .contentType(MediaType.APPLICATION_JSON).content(fixtures.json().writeValueAsString(control)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("control characters")));
    }

    private ResultActions confirm(String commentId, String code, String lang)
            throws Exception {
        return mvc.perform(post("/api/public/comments/comments/" + commentId + "/confirmation?lang=" + lang)
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\"}"));
    }

    /** The page's own content, without the site's header and footer. */
    private static String main(ResultActions page) throws Exception {
        String html = page.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    }

    /** The Spanish form as a resident sends it with a mobile number and no email. */
    private MockHttpServletRequestBuilder withOnlyANumber(String phone) {
        return post("/comments/drives/" + driveId + "?lang=es").with(Fixtures.CSRF).param("name", "Lupe Vargas")
                .param("community", "MECCA").param("position", "OPPOSE").param("comment", "No al aumento.")
                .param("email", "").param("phone", phone).param("language", "es");
    }

    private static String unique(String name) {
        return name + "." + System.nanoTime() + "@example.org";
    }
}
