package org.plaza.comments.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plaza.comments.Fixtures.comment;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.comments.CommentsServiceTest;
import org.plaza.comments.Fixtures;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.starter.invitation.VolunteerInvitation;
import org.plaza.starter.invitation.VolunteerInvitations;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;

/** A resident who ticks "I would like to volunteer" is invited to outreach's sign-up form once the comment counts. */
@CommentsServiceTest
class VolunteerInvitationTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    VolunteerInvitations invitations;
    @Autowired
    SupporterIds supporterIds;

    @Test
    void aConfirmedCommentWithTheOptInSendsOneSignedInvitationInTheResidentsLanguage() {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(2), false);
        Map<String, Object> fields = comment("Rosa Pérez", "rosa.volunteer@example.org", "MECCA", "OPPOSE",
                "No al aumento.");
        fields.put("volunteer", true);
        String commentId = fixtures.submit(driveId, fields, "en");
        String supporterId = supporterIds.supporterId("rosa.volunteer@example.org");
        String requestId = VolunteerInvitations.requestId(supporterId, "cmp_water");
        events.assertNoEvent(NotificationRequested.class, request -> request.requestId().equals(requestId),
                Duration.ofSeconds(1));

        fixtures.confirm(commentId);
        NotificationRequested invitation = events.awaitEvent(NotificationRequested.class,
                request -> request.requestId().equals(requestId), Duration.ofSeconds(30)).event();
        assertThat(invitation.templateKey()).isEqualTo(VolunteerInvitations.TEMPLATE);
        assertThat(invitation.category()).isEqualTo("INVITATIONS");
        assertThat(invitation.locale()).isEqualTo("en");
        assertThat(invitation.recipientEmail()).isEqualTo("rosa.volunteer@example.org");
        assertThat(invitation.supporterId()).isEqualTo(supporterId);
        String signupUrl = invitation.templateParameters().get("signupUrl");
        assertThat(signupUrl).contains("/outreach/volunteer?invitation=").endsWith("&lang=en");
        String query = URI.create(signupUrl).getRawQuery();
        String token = URLDecoder.decode(query.substring("invitation=".length(), query.indexOf('&')),
                StandardCharsets.UTF_8);
        VolunteerInvitation read = invitations.read(token).orElseThrow();
        assertThat(read.source()).isEqualTo(VolunteerInvitations.COMMENT_LEAD);
        assertThat(read.sourceId()).isEqualTo(commentId);
        assertThat(read.community()).isEqualTo("MECCA");
        assertThat(read.campaignId()).isEqualTo("cmp_water");

        fixtures.awaitSubmitted(commentId, 1);
        assertThat(events.eventsSoFar(NotificationRequested.class, request -> request.requestId().equals(requestId)))
                .hasSize(1);
    }

    @Test
    void aCommentWithoutTheOptInInvitesNobody() {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(2), false);
        String commentId = fixtures.submitAndConfirm(driveId, comment("Luis Soto", "luis.novolunteer@example.org",
                "THERMAL", "SUPPORT", "Sí al plan."));
        fixtures.awaitSubmitted(commentId, 1);
        String requestId = VolunteerInvitations.requestId(supporterIds.supporterId("luis.novolunteer@example.org"),
                "cmp_water");
        events.assertNoEvent(NotificationRequested.class, request -> request.requestId().equals(requestId),
                Duration.ofSeconds(2));
    }
}
