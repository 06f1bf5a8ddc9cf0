package org.plaza.petitions.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.events.supporters.SupporterContactShared.Consent;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.Fixtures.Mail;
import org.plaza.petitions.Fixtures.OpenPetition;
import org.plaza.petitions.PetitionsTest;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.testsupport.events.EventSchemas;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.events.ReceivedEvent;
import org.plaza.testsupport.forms.FormChoices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A confirmed signature hands the signer's details to the supporters service, once, on its restricted topic, with
 * the wording of each checkbox exactly as the form showed it; a signature that is not confirmed hands nothing over.
 */
@PetitionsTest
class SupporterHandOverTest {

    private static final String CONTACTS = "plaza.supporters.contacts";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    SupporterIds supporterIds;

    @Test
    void aConfirmedSignatureHandsTheSignerOverOnceWithTheConsentsWordedAsTheFormShowedThem() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        String form = mvc.perform(get("/petitions/{slug}?lang=en", petition.slug())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String email = "Nayeli.Cruz+firma@example.org";
        String supporterId = supporterIds.supporterId(email);
        Position notifications = fixtures.notificationPosition();
        Position handOvers = events.positionOf(SupporterContactShared.class);
        Position verified = events.positionOf(SignatureVerified.class);

        mvc.perform(fixtures.signForm(petition.slug(), "Nayeli Cruz", email, "OASIS").param("updatesOptIn", "true")
                .header("Accept-Language", "en")).andExpect(status().isSeeOther());
        Mail mail = fixtures.verificationMail(notifications, email);
        events.assertNoEvent(handOvers, SupporterContactShared.class, s -> s.supporterId().equals(supporterId),
                Duration.ofSeconds(1));

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/petitions/{slug}/confirm", petition.slug()).with(csrf()).param("token", mail.token()))
                    .andExpect(status().isSeeOther());
        }

        ReceivedEvent<SupporterContactShared> received = events.awaitEvent(handOvers, SupporterContactShared.class,
                s -> s.supporterId().equals(supporterId), Duration.ofSeconds(30));
        SupporterContactShared shared = received.event();
        String signatureId = mail.request().relatedIds().get(1);
        assertThat(received.topic()).isEqualTo(CONTACTS);
        assertThat(received.key()).isEqualTo(supporterId);
        assertThat(shared.shareId()).isEqualTo("petitions:PETITION_SIGNATURE:" + signatureId);
        assertThat(shared.sourceService()).isEqualTo("petitions");
        assertThat(shared.source()).isEqualTo("PETITION_SIGNATURE");
        assertThat(shared.campaignId()).isEqualTo(petition.campaignId());
        assertThat(shared.itemId()).isEqualTo(petition.id());
        assertThat(shared.email()).isEqualTo(email);
        assertThat(shared.displayName()).isEqualTo("Nayeli Cruz");
        assertThat(shared.phone()).isNull();
        assertThat(shared.locale()).isEqualTo("en");
        assertThat(shared.community()).isEqualTo("OASIS");
        assertThat(shared.sharedAt()).isNotNull();
        assertThat(shared.consents()).containsExactly(
                new Consent("EMAIL", "CAMPAIGN_UPDATES", true, FormChoices.checkboxLabel(form, "updatesOptIn")),
                new Consent("EMAIL", "INVITATIONS", false, FormChoices.checkboxLabel(form, "volunteerOptIn")));
        assertThat(FormChoices.checkboxLabel(form, "updatesOptIn"))
                .isEqualTo("Email me news about this petition and the response");

        events.assertNoEvent(handOvers, SupporterContactShared.class, s -> s.supporterId().equals(supporterId)
                && Fixtures.distinct(events.eventsSoFar(SupporterContactShared.class,
                        other -> other.supporterId().equals(supporterId))).size() > 1, Duration.ofSeconds(2));
        assertThat(Fixtures.distinct(events.eventsSoFar(SupporterContactShared.class,
                s -> s.supporterId().equals(supporterId)))).hasSize(1);

        List<ReceivedEvent<byte[]>> onTheWire = events.awaitRecords(CONTACTS, r -> supporterId.equals(r.key()), 1,
                Duration.ofSeconds(30));
        assertThat(EventSchemas.violations(onTheWire.get(0))).isEmpty();
        assertThat(events.topicConfig(CONTACTS, "cleanup.policy")).isEqualTo("compact");
        events.awaitEvent(verified, SignatureVerified.class, v -> v.supporterId().equals(supporterId),
                Duration.ofSeconds(30));
        assertThatThrownBy(() -> events.awaitRecords("plaza.petitions", r -> new String(r.event(),
                StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("nayeli"), 1, Duration.ofSeconds(2)))
                .as("the signer's name or email on the domain topic").isInstanceOf(AssertionError.class);
    }

    @Test
    void aSignatureThatIsNeverConfirmedHandsNothingOver() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        String email = "sin.confirmar@example.org";
        String supporterId = supporterIds.supporterId(email);
        Position notifications = fixtures.notificationPosition();
        Position handOvers = events.positionOf(SupporterContactShared.class);

        String ticket = fixtures.sign(petition.slug(), email, "MECCA", "es");
        Mail mail = fixtures.verificationMail(notifications, email);
        String wrong = mail.code().equals("111111") ? "222222" : "111111";
        mvc.perform(post("/petitions/{slug}/confirm-code", petition.slug()).with(csrf()).param("t", ticket)
                .param("code", wrong)).andExpect(status().isBadRequest());

        events.assertNoEvent(handOvers, SupporterContactShared.class, s -> s.supporterId().equals(supporterId),
                Duration.ofSeconds(3));
    }
}
