package org.plaza.comments.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.plaza.comments.CommentsServiceTest;
import org.plaza.comments.Fixtures;
import org.plaza.comments.support.TestClock;
import org.plaza.events.campaigns.CampaignTeamChanged;
import org.plaza.events.comments.CommentDriveOpened;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

@CommentsServiceTest
class DriveOpeningTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;

    @Test
    void opensABilingualDriveAndAnnouncesIt() {
        String body = fixtures.body(2000);
        String driveId = fixtures.drive(body, Duration.ofDays(3), false);
        CommentDriveOpened opened = events.awaitEvent(CommentDriveOpened.class, e -> e.driveId().equals(driveId),
                Duration.ofSeconds(30)).event();
        assertThat(opened.titleEs()).isEqualTo("Aumento de tarifas de agua");
        assertThat(opened.titleEn()).isEqualTo("Water rate increase");
        assertThat(opened.timeZone()).isEqualTo("America/Los_Angeles");
        assertThat(opened.commentDeadline()).isEqualTo(fixtures.deadlineOf(driveId));
    }

    @Test
    void takesTheDeadlineFromTheBodysRulesUnlessOneIsSet() {
        String body = fixtures.body(2000);
        Map<String, Object> request = fixtures.driveRequest(body, Duration.ofDays(5), false);
        request.remove("commentDeadline");
        LocalDateTime meeting = LocalDateTime.parse((String) request.get("meetingStartsAt"));
        String driveId = fixtures.postJson("/api/staff/comments/drives", fixtures.admin(), request).get("id").asString();
        Instant expected = meeting.atZone(Fixtures.PACIFIC).toInstant().minus(Duration.ofHours(24));
        assertThat(fixtures.deadlineOf(driveId)).isEqualTo(expected);
    }

    @Test
    void refusesADriveWithoutSpanishTextInBothLanguages() throws Exception {
        Map<String, Object> request = fixtures.driveRequest(fixtures.body(2000), Duration.ofDays(3), false);
        request.put("talkingPointsEs", " ");
        request.remove("titleEs");
        open(request, "es").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("talkingPointsEs", "titleEs")))
                .andExpect(jsonPath("$.errors[?(@.field=='talkingPointsEs')].message")
                        .value("Los puntos clave en español son obligatorios para abrir una campaña"));
        open(request, "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='titleEs')].message")
                        .value("The Spanish title is required to open a drive"));
    }

    @Test
    void refusesADeadlineInThePast() throws Exception {
        Map<String, Object> request = fixtures.driveRequest(fixtures.body(2000), Duration.ofDays(3), false);
        LocalDateTime past = LocalDateTime.ofInstant(TestClock.shared().instant(), Fixtures.PACIFIC)
                .truncatedTo(ChronoUnit.MINUTES).minusMinutes(5);
        request.put("commentDeadline", past.toString());
        open(request, "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("/deadline-in-past")))
                .andExpect(jsonPath("$.errors[0].field").value("commentDeadline"));
        open(request, "es").andExpect(jsonPath("$.title").value("Fecha límite en el pasado"));
    }

    @Test
    void refusesADeadlineAfterTheMeetingAndAnUnknownBody() throws Exception {
        Map<String, Object> request = fixtures.driveRequest(fixtures.body(2000), Duration.ofDays(3), false);
        request.put("commentDeadline", LocalDateTime.parse((String) request.get("meetingStartsAt")).plusHours(1).toString());
        open(request, "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("/deadline-after-meeting")));
        request.put("publicBodyId", "body_nope");
        open(request, "en").andExpect(status().isNotFound());
    }

    @Test
    void anOrganizerOpensDrivesOnlyForCampaignsWhoseTeamTheyAreOn() throws Exception {
        String campaign = "cmp_team_" + System.nanoTime();
        Map<String, Object> request = fixtures.driveRequest(fixtures.body(2000), Duration.ofDays(3), false);
        request.put("campaignId", campaign);
        String organizer = fixtures.token("org-7", Role.ORGANIZER);
        open(request, "en", organizer).andExpect(status().isForbidden());

        events.publish(new CampaignTeamChanged(campaign, List.of("org-7"), List.of("org-7"), List.of(), "admin-1",
                Instant.now()));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> open(request, "en", organizer).andExpect(status().isCreated()));
        open(request, "en", fixtures.token("org-8", Role.ORGANIZER)).andExpect(status().isForbidden());
        open(request, "en", fixtures.token("mod-1", Role.MODERATOR)).andExpect(status().isForbidden());
    }

    private ResultActions open(Map<String, Object> request, String lang) throws Exception {
        return open(request, lang, fixtures.admin());
    }

    private ResultActions open(Map<String, Object> request, String lang, String bearer) throws Exception {
        return fixtures.mvc().perform(post("/api/staff/comments/drives?lang=" + lang)
                .header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                .content(fixtures.json().writeValueAsString(request)));
    }
}
