package org.plaza.outreach.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.plaza.events.notifications.NotificationRequested;
import org.plaza.outreach.testing.Forms;
import org.plaza.outreach.testing.Scenario;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Meetings scheduled through the staff API, and RSVPs confirmed from their email, as tests start from them. */
public final class MeetingFixtures {

    private MeetingFixtures() {
    }

    /** A meeting request in three days, 18:00–20:00 Los Angeles time, at a place no other test uses. */
    public static Map<String, Object> request(String campaignId, Integer capacity) {
        int n = Scenario.next();
        Instant now = Instant.now();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", campaignId);
        body.put("titleEs", "Asamblea del agua " + n);
        body.put("titleEn", "Water town hall " + n);
        body.put("descriptionEs", "Hablaremos del agua potable.");
        body.put("descriptionEn", "We will talk about drinking water.");
        body.put("place", "Centro comunitario " + n);
        body.put("address", n + " Main St");
        body.put("community", "MECCA");
        body.put("startsAt", Scenario.local(now, 3, LocalTime.of(18, 0)).toString());
        body.put("endsAt", Scenario.local(now, 3, LocalTime.of(20, 0)).toString());
        body.put("capacity", capacity);
        return body;
    }

    /** Schedules through the staff API and returns the answer (201 expected). */
    public static JsonNode schedule(MockMvc mvc, JsonMapper json, String bearer, Map<String, Object> body) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/api/staff/outreach/meetings")
                .header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return json.readTree(result.getResponse().getContentAsString());
    }

    /** Moves a meeting through the staff API to the request's place and times (200 expected). */
    public static JsonNode move(MockMvc mvc, JsonMapper json, String bearer, String meetingId, Map<String, Object> body)
            throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.put("/api/staff/outreach/meetings/" + meetingId
                + "/when-where").header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString());
    }

    /** Calls a meeting off through the staff API (200 expected). */
    public static void cancel(MockMvc mvc, String bearer, String meetingId) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/api/staff/outreach/meetings/" + meetingId + "/cancel")
                .header(HttpHeaders.AUTHORIZATION, bearer)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
    }

    /** The confirmation link emailed for an RSVP of {@code email} after {@code after}, as a relative path. */
    public static String emailedLink(KafkaTestEvents events, String email, Position after) {
        NotificationRequested request = events.awaitEvent(after, NotificationRequested.class,
                r -> MeetingMail.CONFIRM_TEMPLATE.equals(r.templateKey()) && email.equalsIgnoreCase(r.recipientEmail()),
                Duration.ofSeconds(20)).event();
        URI link = URI.create(request.templateParameters().get("confirmUrl"));
        return link.getRawPath() + "?" + link.getRawQuery();
    }

    /** Presses the confirm button of an emailed link; returns where it leads (the RSVP's page). */
    public static String confirm(MockMvc mvc, String link) throws Exception {
        String token = UriComponentsBuilder.fromUriString(link).build().getQueryParams().getFirst("token");
        return mvc.perform(Forms.postFrom(mvc, link, "/outreach/rsvps/confirm").param("token", token))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }
}
