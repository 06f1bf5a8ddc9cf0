package org.plaza.supporters.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.security.StaffRole;
import org.plaza.supporters.supporter.Supporter;
import org.plaza.supporters.testing.Scenario;
import org.plaza.supporters.testing.SupportersTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Saved segments: live counts, the page, who sees and deletes them, and streaming their members. */
@SupportersTest
class SegmentsTest {

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired Segments segments;
    @Autowired JsonMapper json;

    @Test
    void aSavedSegmentsCountFollowsTheSupportersOfTheDayAndItStreamsExactlyItsMembers() throws Exception {
        String organizer = Scenario.unique("org");
        String campaign = scenario.campaign(organizer);
        String bearer = scenario.organizerBearer(organizer);
        String first = scenario.signer(campaign, "Gloria", "OASIS", "es", true);
        scenario.signer(campaign, "Hugo", "MECCA", "es", true);

        String body = mvc.perform(post("/api/staff/supporters/segments").header(HttpHeaders.AUTHORIZATION, bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Oasis, updates\",\"filter\":{\"campaign\":\"" + campaign
                                + "\",\"community\":\"OASIS\",\"consent\":\"EMAIL:CAMPAIGN_UPDATES\"}}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.count").value(1))
                .andReturn().getResponse().getContentAsString();
        String segmentId = json.readTree(body).get("segmentId").asString();
        String second = scenario.signer(campaign, "Inés", "OASIS", "en", true);

        mvc.perform(get("/api/staff/supporters/segments/" + segmentId).header(HttpHeaders.AUTHORIZATION, bearer))
                .andExpect(jsonPath("$.count").value(2));
        String page = mvc.perform(get("/staff/supporters/segments").header(HttpHeaders.AUTHORIZATION, bearer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Oasis, updates", "<td class=\"count\">2</td>");

        List<String> streamed = new ArrayList<>();
        long handed = segments.stream(new StaffMember(organizer, Set.of(StaffRole.ORGANIZER)), segmentId,
                (Supporter s) -> streamed.add(s.id()));
        assertThat(handed).isEqualTo(2);
        assertThat(streamed).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void anOrganizerOfAnotherTeamNeitherSeesNorDeletesASegmentAndABadOneIsAProblem() throws Exception {
        String organizer = Scenario.unique("org");
        String campaign = scenario.campaign(organizer);
        String outsider = Scenario.unique("outsider");
        String elsewhere = scenario.campaign(outsider);
        String body = mvc.perform(post("/api/staff/supporters/segments")
                        .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Everyone\",\"filter\":{\"campaign\":\"" + campaign + "\"}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode saved = json.readTree(body);

        mvc.perform(get("/api/staff/supporters/segments/" + saved.get("segmentId").asString())
                        .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/staff/supporters/segments/" + saved.get("segmentId").asString())
                        .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/staff/supporters/segments").header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Theirs\",\"filter\":{\"campaign\":\"" + elsewhere + "\"}}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/staff/supporters/segments").header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"  \",\"filter\":{\"consent\":\"FAX:ALL\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("consent"));
        mvc.perform(delete("/api/staff/supporters/segments/" + saved.get("segmentId").asString())
                        .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(status().isNoContent());
    }
}
