package org.plaza.outreach.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A training belongs to the campaign it was scheduled for: only that campaign's team (and administrators) cancel
 * or run its sessions; another campaign's shifts may require it (a volunteer trained once is trained for all) but
 * nothing another team does changes it.
 */
@OutreachTest
class TrainingOwnershipTest {

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired JsonMapper json;
    @Autowired MongoTemplate mongo;

    @Test
    void anOrganizerOfAnotherTeamCannotCancelOrRunAnotherCampaignsTraining() throws Exception {
        Team owner = scenario.team();
        Team other = scenario.team();
        JsonNode training = training(owner);
        String session = training.get("sessions").get(0).get("shiftId").asString();
        String volunteer = scenario.volunteer("MECCA").id();
        String signup = scenario.signUp(session, volunteer).id();
        List<Document> before = stored(owner.campaignId());

        mvc.perform(post("/api/staff/outreach/shifts/{id}/cancel", session).header(HttpHeaders.AUTHORIZATION, other.bearer()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://plaza.example/problems/campaign-forbidden"));
        mvc.perform(post("/api/staff/outreach/shifts/{id}/check-ins", session).header(HttpHeaders.AUTHORIZATION, other.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("signupId", signup))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/staff/outreach/signups/{id}/cancel", signup).header(HttpHeaders.AUTHORIZATION, other.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/staff/outreach/shifts/{id}/roster", session).header(HttpHeaders.AUTHORIZATION, other.bearer()))
                .andExpect(status().isForbidden());

        assertThat(stored(owner.campaignId())).isEqualTo(before);
    }

    @Test
    void anotherCampaignsShiftMayRequireATrainingWithoutChangingIt() throws Exception {
        Team owner = scenario.team();
        Team other = scenario.team();
        String trainingId = training(owner).get("trainingId").asString();
        List<Document> before = stored(owner.campaignId());

        String shift = scenario.scheduleShift(other, other.shift().set("requiredTrainingId", trainingId)
                .at(Scenario.local(Instant.now(), 12, LocalTime.of(9, 0)), Scenario.local(Instant.now(), 12, LocalTime.of(12, 0))));

        assertThat(shift).isNotBlank();
        assertThat(stored(owner.campaignId())).isEqualTo(before);
    }

    private JsonNode training(Team team) throws Exception {
        LocalDateTime start = Scenario.local(Instant.now(), 4, LocalTime.of(18, 0));
        return json.readTree(mvc.perform(post("/api/staff/outreach/trainings")
                .header(HttpHeaders.AUTHORIZATION, team.bearer()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("campaignId", team.campaignId(), "titleEs", "Justicia restaurativa",
                        "titleEn", "Restorative justice", "community", "COACHELLA", "address", "Salón " + team.campaignId(),
                        "capacity", 20, "languagesNeeded", List.of("es"), "sessions", List.of(
                                Map.of("startsAt", start.toString(), "endsAt", start.plusHours(2).toString()))))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    /** The campaign's trainings, their session shifts and sign-ups, without the outbox's pending events. */
    private List<Document> stored(String campaignId) {
        List<Document> all = new ArrayList<>();
        for (String collection : List.of("trainings", "shifts", "signups")) {
            for (Document document : mongo.find(Query.query(Criteria.where("campaignId").is(campaignId))
                    .with(Sort.by("_id")), Document.class, collection)) {
                document.remove("_outbox");
                all.add(document);
            }
        }
        return all;
    }
}
