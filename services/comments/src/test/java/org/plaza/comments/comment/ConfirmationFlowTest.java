package org.plaza.comments.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.comments.CommentsServiceTest;
import org.plaza.comments.Fixtures;
import org.plaza.comments.notification.NotificationRequests;
import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.comments.CommentWithdrawn;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

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
                "manageUrl", "deadline");
        assertThat(request.templateParameters().get("code")).matches("\\d{6}");
        assertThat(request.templateParameters().get("confirmUrl")).startsWith("http").contains("/comments/c/")
                .endsWith("?lang=es");
        assertThat(request.templateParameters().get("itemTitle")).isEqualTo("Aumento de tarifas de agua");

        String page = mvc.perform(get(location + "?lang=es")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Le enviamos un código de 6 dígitos", "autocomplete=\"one-time-code\"");
        assertThat(comments.findById(commentId).orElseThrow().status()).isEqualTo(CommentStatus.PENDING_CONFIRMATION);
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
    void sendingTheFormAgainBeforeConfirmingReplacesTheCommentAndTheCode() throws Exception {
        String email = unique("repeat");
        String first = fixtures.submit(driveId, Fixtures.comment("Sol", email, "MECCA", "OPPOSE", "Primera versión"), "es");
        String oldCode = fixtures.confirmationEmail(first).templateParameters().get("code");
        String second = fixtures.submit(driveId, Fixtures.comment("Sol", email.toUpperCase(), "MECCA", "SUPPORT",
                "Segunda versión"), "es");
        assertThat(second).isEqualTo(first);
        Predicate<NotificationRequested> confirmations = r -> r.relatedIds().contains(first)
                && NotificationRequests.CONFIRMATION.equals(r.templateKey());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> events.eventsSoFar(NotificationRequested.class, confirmations).size() == 2);
        String newCode = events.eventsSoFar(NotificationRequested.class, confirmations).stream()
                .map(received -> received.event())
                .max(java.util.Comparator.comparing(NotificationRequested::requestedAt)
                        .thenComparing(NotificationRequested::requestId))
                .orElseThrow().templateParameters().get("code");
        if (!newCode.equals(oldCode)) {
            confirm(first, oldCode, "es").andExpect(status().isBadRequest());
        }
        confirm(first, newCode, "es").andExpect(status().isOk());
        assertThat(comments.findById(first).orElseThrow().content().text()).isEqualTo("Segunda versión");
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
        assertThat(edited).contains("Sus cambios están guardados.", "Lo pensé mejor.");
        assertThat(fixtures.awaitSubmitted(commentId, 2).position()).isEqualTo(CommentSubmitted.Position.NEUTRAL);

        mvc.perform(post("/comments/c/" + token + "/withdraw?lang=es").with(Fixtures.CSRF)).andExpect(status().isOk());
        events.awaitEvent(CommentWithdrawn.class, e -> e.commentId().equals(commentId), Duration.ofSeconds(30));
        assertThat(mvc.perform(get("/comments/c/" + token + "?lang=es")).andReturn().getResponse()
                .getContentAsString()).contains("Usted retiró este comentario.");

        String again = fixtures.submit(driveId, Fixtures.comment("Toño", email, "NORTH_SHORE", "SUPPORT", "Otra vez."), "es");
        assertThat(again).isNotEqualTo(commentId);
    }

    @Test
    void sendingTheFormAgainAfterConfirmingEmailsTheLinkInsteadOfASecondComment() throws Exception {
        String email = unique("twice");
        String commentId = fixtures.submitAndConfirm(driveId, Fixtures.comment("Paz", email, "OASIS", "OPPOSE", "No."));
        mvc.perform(post("/comments/drives/" + driveId + "?lang=en").with(Fixtures.CSRF).param("name", "Paz")
                .param("community", "OASIS").param("position", "SUPPORT").param("comment", "Yes?")
                .param("email", email).param("language", "en"))
                .andExpect(redirectedUrl("/comments/drives/" + driveId + "/sent"));
        NotificationRequested again = events.awaitEvent(NotificationRequested.class,
                r -> r.requestId().equals("ntf-comments-confirm-" + commentId + "-2"), Duration.ofSeconds(30)).event();
        assertThat(again.locale()).isEqualTo("en");
        String token = fixtures.linkToken(commentId);
        assertThat(mvc.perform(get("/comments/c/" + token + "?lang=en")).andReturn().getResponse().getContentAsString())
                .contains("Your comment is confirmed and counts.", "Change your comment");
        assertThat(comments.findById(commentId).orElseThrow().content().text()).isEqualTo("No.");
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
                        .value("Su comentario tiene 1001 caracteres; el límite es 1000"));
        Map<String, Object> control = Fixtures.comment("Ana", unique("ctl"), "MECCA", "OPPOSE", "Hola\u001b[31m");
        mvc.perform(post("/api/public/comments/drives/" + driveId + "/comments?lang=en")
                .contentType(MediaType.APPLICATION_JSON).content(fixtures.json().writeValueAsString(control)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("control characters")));
    }

    private org.springframework.test.web.servlet.ResultActions confirm(String commentId, String code, String lang)
            throws Exception {
        return mvc.perform(post("/api/public/comments/comments/" + commentId + "/confirmation?lang=" + lang)
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\"}"));
    }

    private static String unique(String name) {
        return name + "." + System.nanoTime() + "@example.org";
    }
}
