package org.plaza.petitions.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.Fixtures.Mail;
import org.plaza.petitions.Fixtures.OpenPetition;
import org.plaza.petitions.PetitionsTest;
import org.plaza.starter.invitation.VolunteerInvitation;
import org.plaza.starter.invitation.VolunteerInvitations;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A signer who offers to volunteer gets outreach's invitation once, when their email is confirmed. */
@PetitionsTest
class VolunteerInvitationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    VolunteerInvitations invitations;
    @Autowired
    SupporterIds supporterIds;

    @Test
    void aConfirmedVolunteerIsInvitedOnceWithASignedLinkInTheirLanguageDespiteRepeatedConfirmations()
            throws Exception {
        OpenPetition petition = fixtures.openPetition();
        String email = "Lupita.Reyes+plaza@example.org";
        Position notifications = fixtures.notificationPosition();
        Position verified = events.positionOf(SignatureVerified.class);
        String ticket = Fixtures.ticketOf(mvc.perform(fixtures.signForm(petition.slug(), "Lupita Reyes", email, "OASIS")
                .param("volunteerOptIn", "true").header("Accept-Language", "en")).andExpect(status().isSeeOther())
                .andReturn().getResponse().getRedirectedUrl());
        Mail mail = fixtures.verificationMail(notifications, email);
        events.assertNoEvent(notifications, NotificationRequested.class, n -> isInvitation(n, email),
                Duration.ofSeconds(1));

        String confirmed = "/petitions/" + petition.slug() + "/confirmed";
        mvc.perform(post("/petitions/{slug}/confirm", petition.slug()).with(csrf()).param("token", mail.token()))
                .andExpect(redirectedUrl(confirmed));
        mvc.perform(post("/petitions/{slug}/confirm", petition.slug()).with(csrf()).param("token", mail.token()))
                .andExpect(redirectedUrl(confirmed + "?already=1"));
        mvc.perform(post("/petitions/{slug}/confirm-code", petition.slug()).with(csrf()).param("t", ticket)
                .param("code", mail.code())).andExpect(redirectedUrl(confirmed + "?already=1"));

        SignatureVerified signature = events.awaitEvent(verified, SignatureVerified.class,
                e -> e.petitionId().equals(petition.id()), Duration.ofSeconds(30)).event();
        NotificationRequested invitation = events.awaitEvent(notifications, NotificationRequested.class,
                n -> isInvitation(n, email), Duration.ofSeconds(30)).event();
        String supporterId = supporterIds.supporterId(email);
        assertThat(invitation.requestId()).isEqualTo(VolunteerInvitations.requestId(supporterId, petition.campaignId()))
                .isEqualTo("outreach-invitation:" + supporterId + ":" + petition.campaignId());
        assertThat(invitation.category()).isEqualTo("INVITATIONS");
        assertThat(invitation.locale()).isEqualTo("en");
        assertThat(invitation.recipientDisplayName()).isEqualTo("Lupita Reyes");
        assertThat(invitation.supporterId()).isEqualTo(supporterId);
        assertThat(invitation.campaignId()).isEqualTo(petition.campaignId());
        assertThat(invitation.relatedIds()).containsExactly(petition.id(), signature.signatureId());
        assertThat(invitation.templateParameters()).containsOnlyKeys("signupUrl", "campaignTitle")
                .containsEntry("campaignTitle", "Water");

        String signupUrl = invitation.templateParameters().get("signupUrl");
        assertThat(signupUrl).startsWith("http://plaza.test/outreach/volunteer?invitation=").endsWith("&lang=en")
                .doesNotContain("Lupita", "example.org");
        String token = URLDecoder.decode(signupUrl.replaceAll(".*[?&]invitation=([^&]+).*", "$1"),
                StandardCharsets.UTF_8);
        VolunteerInvitation read = invitations.read(token).orElseThrow();
        assertThat(read.supporterId()).isEqualTo(supporterId);
        assertThat(read.campaignId()).isEqualTo(petition.campaignId());
        assertThat(read.community()).isEqualTo("OASIS");
        assertThat(read.language()).isEqualTo("en");
        assertThat(read.source()).isEqualTo(VolunteerInvitations.PETITION_LEAD);
        assertThat(read.sourceId()).isEqualTo(signature.signatureId());
        assertThat(invitations.read(token.substring(0, token.length() - 2) + "xx")).isEmpty();

        events.assertNoEvent(notifications, NotificationRequested.class, n -> isInvitation(n, email)
                && Fixtures.distinct(events.eventsSoFar(NotificationRequested.class, r -> isInvitation(r, email)))
                        .size() > 1, Duration.ofSeconds(2));
        assertThat(Fixtures.distinct(events.eventsSoFar(NotificationRequested.class, n -> isInvitation(n, email))))
                .hasSize(1);
    }

    @Test
    void aSignerWhoDidNotOfferToVolunteerIsNotInvited() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        String email = "solo.firma@example.org";
        Position notifications = fixtures.notificationPosition();
        Position verified = events.positionOf(SignatureVerified.class);
        fixtures.signAndConfirm(petition.slug(), email, "MECCA", Fixtures.nextAddress(), null);

        events.awaitEvent(verified, SignatureVerified.class, e -> e.petitionId().equals(petition.id()),
                Duration.ofSeconds(30));
        events.assertNoEvent(notifications, NotificationRequested.class, n -> isInvitation(n, email),
                Duration.ofSeconds(2));
    }

    private static boolean isInvitation(NotificationRequested request, String email) {
        return VolunteerInvitations.TEMPLATE.equals(request.templateKey()) && email.equals(request.recipientEmail());
    }
}
