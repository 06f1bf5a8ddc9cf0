package org.plaza.outreach;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.plaza.outreach.meeting.MeetingFixtures;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.TestClock;
import org.plaza.outreach.support.Links;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.VolunteerService;
import org.plaza.testsupport.hostile.CapabilityLink;
import org.plaza.testsupport.hostile.EmailForm;
import org.plaza.testsupport.hostile.HostileInput;
import org.plaza.testsupport.hostile.HostileInputWalk;
import org.plaza.testsupport.hostile.Outsider;
import org.plaza.testsupport.hostile.PermanentLink;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint of the service, resident and staff, against the platform's hostile-input walk, including
 * every staff operation on campaign X's shift, sign-up, leads and hours as an organizer of another campaign's team.
 */
@OutreachTest
@Order(Integer.MAX_VALUE)
class HostileInputTest implements HostileInputWalk {

    @Autowired MockMvc mvc;
    @Autowired MongoTemplate mongo;
    @Autowired StaffTokens tokens;
    @Autowired Scenario scenario;
    @Autowired JsonMapper json;
    @Autowired TestClock clock;
    @Autowired VolunteerService volunteers;
    @Autowired Links links;

    @Override
    public RequestPostProcessor admin() {
        return HostileInput.authorization(StaffTokens.bearer(tokens.staffToken("admin-hostile", Role.ADMIN)));
    }

    /** The one staff operation the walk leaves out: it answers everyone, counting only the caller's campaigns. */
    @Test
    void aVolunteersHoursShowAnOrganizerOfAnotherTeamNothingOfCampaignX() throws Exception {
        String organizer = scenario.organizer();
        String campaignX = scenario.campaign(organizer);
        String outsider = scenario.organizer();
        scenario.campaign(outsider);
        LocalDateTime morning = Scenario.local(Instant.now(), 3, LocalTime.of(9, 0));
        String shiftId = scenario.schedule(scenario.shift(campaignX).at(morning, morning.plusHours(3)),
                scenario.organizerBearer(organizer)).get("shiftId").asString();
        Volunteer volunteer = scenario.volunteer("MECCA");
        String signupId = scenario.signUp(shiftId, volunteer.id()).id();
        clock.moveTo(morning.atZone(Scenario.ZONE).toInstant().plus(Duration.ofMinutes(5)));
        try {
            mvc.perform(post("/api/staff/outreach/shifts/{id}/check-ins", shiftId)
                    .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer))
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("signupId", signupId))))
                    .andExpect(status().isOk());
        } finally {
            clock.reset();
        }

        mvc.perform(get("/api/staff/outreach/volunteers/{id}/hours", volunteer.id())
                .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.minutes").value(180))
                .andExpect(jsonPath("$.campaigns[0].id").value(campaignX));
        mvc.perform(get("/api/staff/outreach/volunteers/{id}/hours", volunteer.id())
                .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(outsider)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.minutes").value(0))
                .andExpect(jsonPath("$.campaigns").isEmpty());
    }

    /**
     * Campaign X with a shift, a volunteer signed up to it and a meeting, and an organizer on campaign Y's team. Scheduling
     * bodies are valid ones, since the schedule is checked before the team.
     */
    @Override
    public Outsider organizerOfAnotherTeam() throws Exception {
        String organizer = scenario.organizer();
        String campaignX = scenario.campaign(organizer);
        String outsider = scenario.organizer();
        scenario.campaign(outsider);
        String shiftId = scenario.schedule(scenario.shift(campaignX), scenario.organizerBearer(organizer))
                .get("shiftId").asString();
        Volunteer volunteer = scenario.volunteer("MECCA");
        String signupId = scenario.signUp(shiftId, volunteer.id()).id();
        LocalDateTime session = Scenario.local(Instant.now(), 5, LocalTime.of(18, 0));
        Map<String, Object> training = Map.of("campaignId", campaignX, "titleEs", "Capacitación", "titleEn", "Training",
                "community", "MECCA", "address", "Biblioteca " + Scenario.next(), "capacity", 10,
                "languagesNeeded", List.of("es"), "sessions", List.of(Map.of("startsAt", session.toString(),
                        "endsAt", session.plusHours(2).toString())));

        String meetingId = MeetingFixtures.schedule(mvc, json, scenario.organizerBearer(organizer),
                MeetingFixtures.request(campaignX, null)).get("meetingId").asString();

        return new Outsider(HostileInput.authorization(scenario.organizerBearer(outsider)), Map.of("campaignId", campaignX,
                "shiftId", shiftId, "signupId", signupId, "volunteerId", volunteer.id(), "meetingId", meetingId))
                .excluding("GET /api/staff/outreach/volunteers/{volunteerId}/hours",
                        "a volunteer serves many campaigns; the answer counts only the caller's "
                                + "(aVolunteersHoursShowAnOrganizerOfAnotherTeamNothingOfCampaignX)")
                .withBody("POST /api/staff/outreach/shifts", json.writeValueAsString(scenario.shift(campaignX).body()))
                .withBody("POST /api/staff/outreach/trainings", json.writeValueAsString(training))
                .withBody("POST /api/staff/outreach/meetings", json.writeValueAsString(MeetingFixtures.request(campaignX, null)))
                .withBody("PUT /api/staff/outreach/meetings/{meetingId}/when-where",
                        json.writeValueAsString(MeetingFixtures.request(campaignX, null)))
                .watching(Outsider.documents(mongo, "shifts", "campaignId", campaignX))
                .watching(Outsider.documents(mongo, "signups", "campaignId", campaignX))
                .watching(Outsider.documents(mongo, "trainings", "campaignId", campaignX))
                .watching(Outsider.documents(mongo, "meetings", "campaignId", campaignX))
                .watching(Outsider.documents(mongo, "meeting_rsvps", "campaignId", campaignX))
                .watching(Outsider.documents(mongo, "meeting_seats", "_id", meetingId));
    }

    /**
     * A volunteer's personal page (expires on its own, revoked by a new link or by staff) and a sign-up's page (no
     * expiry; cancelling it is the sign-up's end, not the link's).
     */
    @Override
    public List<CapabilityLink> capabilityLinks() {
        return List.of(new PersonalPage(), new SignupLink());
    }

    /** The volunteer form and the public API: a registered volunteer and a new person get one answer. */
    @Override
    public List<EmailForm> emailForms() {
        return List.of(new VolunteerSignUp("POST /outreach/volunteer", email -> post("/outreach/volunteer")
                .param("name", "Voluntaria Sondeo").param("email", email).param("preferredLanguage", "es")
                .param("community", "MECCA").param("languages", "ES").param("ageGroup", "ADULT")
                .param("contactConsent", "true")),
                new VolunteerSignUp("POST /api/public/outreach/volunteers", email -> post("/api/public/outreach/volunteers")
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("name",
                                "Voluntaria Sondeo", "email", email, "preferredLanguage", "es", "community", "MECCA",
                                "languages", List.of("ES"), "ageGroup", "ADULT", "contactConsent", true)))));
    }

    /** The documents of these ids, read when called, without the pending events the outbox relay empties. */
    private Callable<List<Document>> documents(String collection, List<String> ids) {
        Query query = Query.query(Criteria.where("_id").in(ids)).with(Sort.by("_id"));
        return () -> mongo.find(query, Document.class, collection).stream().peek(d -> d.remove("_outbox")).toList();
    }

    private final class PersonalPage implements CapabilityLink {

        private final List<String> minted = new ArrayList<>();

        @Override
        public String template() {
            return "/outreach/me/{id}/{key}";
        }

        @Override
        public Minted mint() {
            Volunteer volunteer = scenario.volunteer("MECCA");
            minted.add(volunteer.id());
            return Minted.of(volunteer.id(), scenario.link(volunteer).key(), volunteer.name(), volunteer.email());
        }

        /** Issued a year ago, so it has run its course (the key carries its own expiry). */
        @Override
        public Minted expired() {
            clock.moveTo(Instant.now().minus(Duration.ofDays(365)));
            try {
                return mint();
            } finally {
                clock.reset();
            }
        }

        @Override
        public Minted revoked() {
            Minted link = mint();
            volunteers.revokeLinks(link.id());
            return link;
        }

        @Override
        public List<Visit> visits() {
            return List.of(Visit.page(), Visit.post("/link/renew", Map.of()), Visit.post("/link/revoke", Map.of()),
                    Visit.post("/signups", Map.of("shiftId", "no-such-shift")));
        }

        @Override
        public List<Callable<?>> watched() {
            return List.of(documents("volunteers", minted), documents("signups", minted));
        }
    }

    private final class SignupLink implements PermanentLink {

        private final List<String> minted = new ArrayList<>();

        @Override
        public String template() {
            return "/outreach/signups/{id}/{key}";
        }

        @Override
        public Minted mint() throws Exception {
            String organizer = scenario.organizer();
            String shiftId = scenario.schedule(scenario.shift(scenario.campaign(organizer)),
                    scenario.organizerBearer(organizer)).get("shiftId").asString();
            Volunteer volunteer = scenario.volunteer("MECCA");
            String signupId = scenario.signUp(shiftId, volunteer.id()).id();
            minted.add(signupId);
            return Minted.of(signupId, links.key(Links.Kind.SIGNUP, signupId), volunteer.name(), volunteer.email());
        }

        @Override
        public List<Visit> visits() {
            return List.of(Visit.page(), Visit.post("/cancel", Map.of()));
        }

        @Override
        public List<Callable<?>> watched() {
            return List.of(documents("signups", minted));
        }
    }

    private final class VolunteerSignUp implements EmailForm {

        private final String name;
        private final Submission submission;

        VolunteerSignUp(String name, Submission submission) {
            this.name = name;
            this.submission = submission;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void actAs(String email) {
            scenario.volunteer("Voluntaria Conocida", email, "MECCA", "es");
        }

        @Override
        public MockHttpServletRequestBuilder submit(String email) throws Exception {
            return submission.submit(email);
        }
    }

    private interface Submission {
        MockHttpServletRequestBuilder submit(String email) throws Exception;
    }
}
