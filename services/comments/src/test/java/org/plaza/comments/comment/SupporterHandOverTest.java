package org.plaza.comments.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.comments.CommentsServiceTest;
import org.plaza.comments.Fixtures;
import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.events.supporters.SupporterContactShared.Consent;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.testsupport.events.EventSchemas;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.events.ReceivedEvent;
import org.plaza.testsupport.forms.FormChoices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A confirmed comment hands the commenter's details to the supporters service, once, on its restricted topic, with
 * the volunteer checkbox worded as the form showed it (and, for a commenter who gave a mobile number, the form's own box
 * for texts); a comment that is not confirmed hands nothing over.
 */
@CommentsServiceTest
class SupporterHandOverTest {

    private static final String CONTACTS = "plaza.supporters.contacts";

    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    SupporterIds supporterIds;
    @Autowired
    PhoneNumbers phones;

    String driveId;

    @BeforeEach
    void drive() {
        driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(2), false);
    }

    @Test
    void aConfirmedCommentHandsTheCommenterOverOnceWithTheConsentWordedAsTheFormShowedIt() throws Exception {
        String form = mvc.perform(get("/comments/drives/" + driveId + "?lang=en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String email = "Itzel.Ramos+" + System.nanoTime() + "@example.org";
        String supporterId = supporterIds.supporterId(email);
        Position handOvers = events.positionOf(SupporterContactShared.class);
        Map<String, Object> fields = Fixtures.comment("Itzel Ramos", email, "NORTH_SHORE", "SUPPORT",
                "Sí al parque.");
        fields.put("volunteer", true);
        String commentId = fixtures.submit(driveId, fields, "en");
        String code = fixtures.confirmationEmail(commentId).templateParameters().get("code");
        events.assertNoEvent(handOvers, SupporterContactShared.class, s -> s.supporterId().equals(supporterId),
                Duration.ofSeconds(1));

        confirm(commentId, code).andExpect(status().isOk());
        confirm(commentId, code).andExpect(status().isConflict());
        mvc.perform(post("/comments/c/" + fixtures.linkToken(commentId) + "/confirm?lang=en").with(Fixtures.CSRF))
                .andExpect(status().isConflict());

        ReceivedEvent<SupporterContactShared> received = events.awaitEvent(handOvers, SupporterContactShared.class,
                s -> s.supporterId().equals(supporterId), Duration.ofSeconds(30));
        SupporterContactShared shared = received.event();
        assertThat(received.topic()).isEqualTo(CONTACTS);
        assertThat(received.key()).isEqualTo(supporterId);
        assertThat(shared.shareId()).isEqualTo("comments:PUBLIC_COMMENT:" + commentId);
        assertThat(shared.sourceService()).isEqualTo("comments");
        assertThat(shared.source()).isEqualTo("PUBLIC_COMMENT");
        assertThat(shared.itemId()).isEqualTo(driveId);
        assertThat(shared.campaignId()).isNotBlank();
        assertThat(shared.email()).isEqualTo(email);
        assertThat(shared.displayName()).isEqualTo("Itzel Ramos");
        assertThat(shared.phone()).isNull();
        assertThat(shared.locale()).isEqualTo("en");
        assertThat(shared.community()).isEqualTo("NORTH_SHORE");
        assertThat(shared.consents()).containsExactly(
                new Consent("EMAIL", "INVITATIONS", true, FormChoices.checkboxLabel(form, "volunteer")));
        assertThat(FormChoices.checkboxLabel(form, "volunteer")).isEqualTo("I would like to volunteer with the campaign");

        events.assertNoEvent(handOvers, SupporterContactShared.class, s -> s.supporterId().equals(supporterId)
                && events.eventsSoFar(SupporterContactShared.class, other -> other.supporterId().equals(supporterId))
                        .stream().map(ReceivedEvent::id).distinct().count() > 1, Duration.ofSeconds(2));
        assertThat(events.eventsSoFar(SupporterContactShared.class, s -> s.supporterId().equals(supporterId))
                .stream().map(ReceivedEvent::id).distinct()).hasSize(1);

        List<ReceivedEvent<byte[]>> onTheWire = events.awaitRecords(CONTACTS, r -> supporterId.equals(r.key()), 1,
                Duration.ofSeconds(30));
        assertThat(EventSchemas.violations(onTheWire.get(0))).isEmpty();
        assertThat(events.topicConfig(CONTACTS, "cleanup.policy")).isEqualTo("compact");
        fixtures.awaitSubmitted(commentId, 1);
        assertThatThrownBy(() -> events.awaitRecords("plaza.comments", r -> new String(r.event(),
                StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("itzel"), 1, Duration.ofSeconds(2)))
                .as("the commenter's name or email on the domain topic").isInstanceOf(AssertionError.class);
    }

    @Test
    void aCommenterWithOnlyAMobileNumberIsHandedOverWithTheTextBoxWordedAsTheSpanishFormShowedIt() throws Exception {
        String form = mvc.perform(get("/comments/drives/" + driveId + "?lang=es")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String digits = String.format("%04d", System.nanoTime() % 10_000);
        String supporterId = supporterIds.supporterId(phones.canonical("+1760555" + digits));
        Position handOvers = events.positionOf(SupporterContactShared.class);
        String location = mvc.perform(post("/comments/drives/" + driveId + "?lang=es").with(Fixtures.CSRF)
                .param("name", "Lupe Vargas").param("community", "MECCA").param("position", "OPPOSE")
                .param("comment", "No al aumento.").param("email", "").param("phone", "(760) 555-" + digits)
                .param("smsOptIn", "true").param("language", "es")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String commentId = location.substring(location.lastIndexOf('/') + 1);

        confirm(commentId, fixtures.confirmationEmail(commentId).templateParameters().get("code"))
                .andExpect(status().isOk());

        SupporterContactShared shared = events.awaitEvent(handOvers, SupporterContactShared.class,
                s -> s.supporterId().equals(supporterId), Duration.ofSeconds(30)).event();
        assertThat(shared.email()).isNull();
        assertThat(shared.phone()).isEqualTo("+1760555" + digits);
        assertThat(FormChoices.checkboxLabel(form, "smsOptIn")).startsWith("Envíenme por mensaje de texto");
        assertThat(shared.consents()).containsExactly(
                new Consent("EMAIL", "INVITATIONS", false, FormChoices.checkboxLabel(form, "volunteer")),
                new Consent("SMS", "CAMPAIGN_UPDATES", true, FormChoices.checkboxLabel(form, "smsOptIn")));
    }

    @Test
    void theBoxForTextsIsNotHandedOverForACommenterWhoGaveNoNumber() throws Exception {
        String email = "sin.numero." + System.nanoTime() + "@example.org";
        String supporterId = supporterIds.supporterId(email);
        Position handOvers = events.positionOf(SupporterContactShared.class);
        Map<String, Object> fields = Fixtures.comment("Eva Ruiz", email, "MECCA", "OPPOSE", "No.");
        fields.put("smsOptIn", true);
        fixtures.confirm(fixtures.submit(driveId, fields, "es"));

        assertThat(events.awaitEvent(handOvers, SupporterContactShared.class, s -> s.supporterId().equals(supporterId),
                Duration.ofSeconds(30)).event().consents()).extracting(Consent::channel).containsExactly("EMAIL");
    }

    @Test
    void aCommentThatIsNeverConfirmedHandsNothingOver() throws Exception {
        String email = "sin.confirmar." + System.nanoTime() + "@example.org";
        String supporterId = supporterIds.supporterId(email);
        Position handOvers = events.positionOf(SupporterContactShared.class);
        String commentId = fixtures.submit(driveId, Fixtures.comment("Eva", email, "MECCA", "OPPOSE", "No."), "es");
        String code = fixtures.confirmationEmail(commentId).templateParameters().get("code");
        confirm(commentId, code.equals("000000") ? "111111" : "000000").andExpect(status().isBadRequest());

        events.assertNoEvent(handOvers, SupporterContactShared.class, s -> s.supporterId().equals(supporterId),
                Duration.ofSeconds(3));
        assertThat(events.eventsSoFar(CommentSubmitted.class, e -> e.commentId().equals(commentId))).isEmpty();
    }

    private org.springframework.test.web.servlet.ResultActions confirm(String commentId, String code) throws Exception {
        return mvc.perform(post("/api/public/comments/comments/" + commentId + "/confirmation?lang=en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\"}"));
    }
}
