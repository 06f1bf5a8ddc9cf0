package org.plaza.petitions.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.petitions.PetitionMilestoneReached;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.petitions.Fixtures.Mail;
import org.plaza.petitions.Fixtures.OpenPetition;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.PetitionsTest;
import org.plaza.petitions.tally.LiveCounts;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.events.ReceivedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Signing through the pages, on real Kafka and MongoDB: sign → verify → SignatureVerified → count → milestone. */
@PetitionsTest
class SignatureFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    LiveCounts liveCounts;
    @Autowired
    SupporterIds supporterIds;
    @Autowired
    JsonMapper json;

    @Test
    void verifiedSignatureIsAnnouncedKeyedBySignatureCountsAndReachesTheMilestoneOnce() throws Exception {
        OpenPetition petition = fixtures.openPetition(2, ",\"milestones\":[1,2]");
        Position notifications = fixtures.notificationPosition();
        Position before = events.positionOf(SignatureVerified.class, PetitionMilestoneReached.class);

        String ticket = fixtures.sign(petition.slug(), "rosa.martinez@gmail.com", "MECCA", "es");
        Mail mail = fixtures.verificationMail(notifications, "rosa.martinez@gmail.com");
        assertThat(mail.request().locale()).isEqualTo("es");
        assertThat(mail.request().templateParameters()).containsEntry("petitionTitle", "Agua limpia para Mecca");
        assertThat(mail.confirmUrl()).startsWith("http://plaza.test/petitions/" + petition.slug() + "/confirm?token=");
        assertThat(counts(petition.slug()).get("verified").asLong()).isZero();

        mvc.perform(post("/petitions/{slug}/confirm-code", petition.slug()).with(csrf()).param("t", ticket)
                .param("code", mail.code())).andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/petitions/" + petition.slug() + "/confirmed"));

        ReceivedEvent<SignatureVerified> verified = events.awaitEvent(before, SignatureVerified.class,
                e -> e.petitionId().equals(petition.id()), Duration.ofSeconds(30));
        assertThat(verified.key()).isEqualTo(verified.event().signatureId());
        assertThat(verified.event().supporterId()).isEqualTo(supporterIds.supporterId("rosamartinez@gmail.com"));
        assertThat(verified.event()).extracting(SignatureVerified::community, SignatureVerified::language,
                SignatureVerified::channel).containsExactly("MECCA", "es", "WEB");
        await().atMost(Duration.ofSeconds(10)).until(() -> counts(petition.slug()).get("verified").asLong() == 1);
        events.awaitEvent(before, PetitionMilestoneReached.class,
                e -> e.petitionId().equals(petition.id()) && e.milestone() == 1, Duration.ofSeconds(30));

        Position second = fixtures.notificationPosition();
        fixtures.sign(petition.slug(), "Rosa.Martinez+peticion@gmail.com", "OASIS", "en");
        events.assertNoEvent(second, NotificationRequested.class,
                n -> n.recipientEmail().startsWith("Rosa.Martinez"), Duration.ofSeconds(2));
        assertThat(liveCounts.fresh(petition.id()).total()).isEqualTo(1);

        String other = fixtures.sign(petition.slug(), "lupe@example.org", "OASIS", "en");
        Mail otherMail = fixtures.verificationMail(notifications, "lupe@example.org");
        mvc.perform(post("/petitions/{slug}/confirm", petition.slug()).with(csrf()).param("token", otherMail.token()))
                .andExpect(status().isSeeOther());
        mvc.perform(post("/petitions/{slug}/confirm-code", petition.slug()).with(csrf()).param("t", other)
                .param("code", otherMail.code())).andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/petitions/" + petition.slug() + "/confirmed?already=1"));

        events.awaitEvent(before, PetitionMilestoneReached.class,
                e -> e.petitionId().equals(petition.id()) && e.milestone() == 2, Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(10)).until(() -> counts(petition.slug()).get("verified").asLong() == 2);
        JsonNode counts = counts(petition.slug());
        assertThat(counts.get("byCommunity").get("MECCA").asLong()).isEqualTo(1);
        assertThat(counts.get("byCommunity").get("OASIS").asLong()).isEqualTo(1);
        assertThat(Fixtures.distinct(events.eventsSoFar(PetitionMilestoneReached.class,
                e -> e.petitionId().equals(petition.id())))).extracting(PetitionMilestoneReached::milestone)
                .containsExactlyInAnyOrder(1, 2);
        assertThat(Fixtures.distinct(events.eventsSoFar(SignatureVerified.class,
                e -> e.petitionId().equals(petition.id())))).hasSize(2);
    }

    @Test
    void theShareThatBroughtASignerReachesSignatureVerifiedAndOnlyAsAnAllowListedCode() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        Position before = events.positionOf(SignatureVerified.class);

        String page = mvc.perform(get("/petitions/{slug}?src=WhatsApp", petition.slug())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<input type=\"hidden\" id=\"src\" name=\"src\" value=\"whatsapp\">");
        String tampered = mvc.perform(get("/petitions/{slug}", petition.slug()).param("src", "\"><b>ana@example.org"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tampered).contains("name=\"src\" value=\"other\"").doesNotContain("ana@example.org");
        assertThat(mvc.perform(get("/petitions/{slug}", petition.slug())).andReturn().getResponse()
                .getContentAsString()).doesNotContain("name=\"src\"");

        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("whatsapp.src@example.org", "whatsapp");
        sources.put("qr.src@example.org", "qr");
        sources.put("made.up.src@example.org", "newsletter<script>");
        sources.put("no.src@example.org", null);
        for (Map.Entry<String, String> signer : sources.entrySet()) {
            Position notifications = fixtures.notificationPosition();
            var form = fixtures.signForm(petition.slug(), "Rosa", signer.getKey(), "MECCA");
            if (signer.getValue() != null) {
                form.param("src", signer.getValue());
            }
            mvc.perform(form).andExpect(status().isSeeOther());
            Mail mail = fixtures.verificationMail(notifications, signer.getKey());
            mvc.perform(post("/petitions/{slug}/confirm", petition.slug()).with(csrf()).param("token", mail.token()))
                    .andExpect(status().isSeeOther());
        }

        List<SignatureVerified> verified = events.awaitEvents(before, SignatureVerified.class,
                e -> e.petitionId().equals(petition.id()), 4, Duration.ofSeconds(30)).stream()
                .map(ReceivedEvent::event).toList();
        Map<String, String> bySigner = new LinkedHashMap<>();
        verified.forEach(e -> bySigner.put(e.supporterId(), String.valueOf(e.shareSource())));
        assertThat(bySigner).containsOnly(
                Map.entry(supporterIds.supporterId("whatsapp.src@example.org"), "WHATSAPP"),
                Map.entry(supporterIds.supporterId("qr.src@example.org"), "QR"),
                Map.entry(supporterIds.supporterId("made.up.src@example.org"), "OTHER"),
                Map.entry(supporterIds.supporterId("no.src@example.org"), "null"));
    }

    private JsonNode counts(String slug) throws Exception {
        return json.readTree(mvc.perform(get("/api/public/petitions/{slug}/counts", slug)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
