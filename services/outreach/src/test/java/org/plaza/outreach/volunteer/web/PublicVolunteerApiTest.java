package org.plaza.outreach.volunteer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.VolunteerService;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.plaza.outreach.volunteer.Volunteers;
import org.plaza.starter.supporter.SupporterIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** The sign-up over JSON: the same rules and messages as the form, a phone is enough, youth need a guardian. */
@OutreachTest
class PublicVolunteerApiTest {

    @Autowired MockMvc mvc;
    @Autowired Volunteers volunteers;
    @Autowired SupporterIds supporterIds;
    @Autowired PhoneNumbers phones;
    @Autowired KafkaTestEvents events;
    @Autowired JsonMapper json;

    @Test
    void aYouthWithOnlyAPhoneGetsTheConfirmationLinkByTextAndIsRecordedOnlyOnceItIsUsed() throws Exception {
        String phone = "760 555 " + (1000 + Scenario.next());
        String e164 = "+1760555" + phone.substring(8);
        Map<String, Object> body = youth(phone);
        Position notifications = events.positionOf(NotificationRequested.class);

        String answer = mvc.perform(post("/api/public/outreach/volunteers").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("CHECK_TEXTS"))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContain("vol_", "/outreach/me/");
        String supporterId = supporterIds.supporterId(phones.canonical(phone));
        assertThat(volunteers.findBySupporterId(supporterId)).isEmpty();

        NotificationRequested text = events.awaitEvent(notifications, NotificationRequested.class,
                n -> e164.equals(n.recipientPhone()), Duration.ofSeconds(30)).event();
        assertThat(text.channel()).isEqualTo("SMS");
        assertThat(text.recipientEmail()).isNull();
        assertThat(text.templateKey()).isEqualTo(VolunteerService.CONFIRMATION_TEMPLATE);
        String token = text.templateParameters().get("confirmUrl").replaceAll(".*[?&]token=([^&]+).*", "$1");
        mvc.perform(post("/api/public/outreach/volunteers/confirmations").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("token", token)))).andExpect(status().isOk());

        Volunteer youth = volunteers.findBySupporterId(supporterId).orElseThrow();
        assertThat(youth.phone()).isEqualTo(e164);
        assertThat(youth.email()).isNull();
        assertThat(youth.guardianContact()).isEqualTo("mama@example.org");
        assertThat(youth.prefersText()).isTrue();
    }

    @Test
    void aFloodOfSignUpsWithOneNumberWrittenManyWaysSendsNoMoreTextsThanTheDailyLimitPerPerson() throws Exception {
        String last = String.format("%04d", 2000 + Scenario.next() % 7000);
        String e164 = "+1760555" + last;
        Position notifications = events.positionOf(NotificationRequested.class);
        for (String spelling : List.of("(760) 555-" + last, "+1 760 555 " + last, "760.555." + last,
                "1-760-555-" + last, "+1760555" + last)) {
            Map<String, Object> body = youth(spelling);
            mvc.perform(post("/api/public/outreach/volunteers").contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(body))).andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.status").value("CHECK_TEXTS"));
        }

        events.awaitEvents(notifications, NotificationRequested.class, n -> e164.equals(n.recipientPhone()), 3,
                Duration.ofSeconds(30));
        events.assertNoEvent(notifications, NotificationRequested.class, n -> e164.equals(n.recipientPhone())
                && events.eventsSoFar(NotificationRequested.class, other -> e164.equals(other.recipientPhone()))
                        .stream().map(r -> r.event().requestId()).distinct().count() > 3, Duration.ofSeconds(2));
    }

    @Test
    void refusesAYouthWithoutGuardianFieldByFieldInEnglish() throws Exception {
        Map<String, Object> body = youth("760 555 0100");
        body.remove("guardianName");
        body.put("guardianConsent", false);
        body.put("community", "ATLANTIS");

        mvc.perform(post("/api/public/outreach/volunteers").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://plaza.example/problems/validation"))
                .andExpect(jsonPath("$.errors[?(@.field == 'community')].message").value("Choose a community from the list"))
                .andExpect(jsonPath("$.errors[?(@.field == 'guardianName')].message").value("Enter the name of your parent or guardian"))
                .andExpect(jsonPath("$.errors[?(@.field == 'guardianConsent')].message")
                        .value("Your parent or guardian must agree before you volunteer"));
    }

    private static Map<String, Object> youth(String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Diego Joven");
        body.put("phone", phone);
        body.put("preferredLanguage", "es");
        body.put("community", "THERMAL");
        body.put("languages", List.of("ES", "EN"));
        body.put("skills", List.of("SOCIAL_MEDIA"));
        body.put("ageGroup", "YOUTH");
        body.put("guardianName", "Mamá de Diego");
        body.put("guardianContact", "mama@example.org");
        body.put("guardianConsent", true);
        body.put("contactConsent", true);
        body.put("textOptIn", true);
        return body;
    }
}
