package org.plaza.outreach.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.outreach.VolunteerRegistered.AgeGroup;
import org.plaza.outreach.access.Campaigns;
import org.plaza.outreach.signup.Signup;
import org.plaza.outreach.signup.SignupService;
import org.plaza.outreach.volunteer.PersonalLinks;
import org.plaza.outreach.volunteer.Skill;
import org.plaza.outreach.volunteer.SpokenLanguage;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.VolunteerApplication;
import org.plaza.outreach.volunteer.VolunteerService;
import org.plaza.outreach.volunteer.Volunteers;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the situations tests start from, through the service's own entrances: a campaign announced on
 * Kafka, volunteers registered, shifts scheduled through the staff API with a real organizer token.
 */
@TestComponent
public class Scenario {

    public static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final KafkaTestEvents events;
    private final StaffTokens tokens;
    private final Campaigns campaigns;
    private final VolunteerService volunteers;
    private final PersonalLinks personalLinks;
    private final Volunteers registered;
    private final SignupService signups;
    private final MockMvc mvc;
    private final JsonMapper json;

    Scenario(KafkaTestEvents events, StaffTokens tokens, Campaigns campaigns, VolunteerService volunteers,
            PersonalLinks personalLinks, Volunteers registered, SignupService signups, MockMvc mvc, JsonMapper json) {
        this.events = events;
        this.tokens = tokens;
        this.campaigns = campaigns;
        this.volunteers = volunteers;
        this.personalLinks = personalLinks;
        this.registered = registered;
        this.signups = signups;
        this.mvc = mvc;
        this.json = json;
    }

    /** A unique suffix for ids, addresses and emails. */
    public static int next() {
        return COUNTER.incrementAndGet();
    }

    /** A campaign launched by the campaigns service with these organizers, once outreach knows its team. */
    public String campaign(String... organizers) {
        String campaignId = "cmp_test" + next();
        events.publish(new CampaignLaunched(campaignId, "Agua limpia " + campaignId, "Clean water " + campaignId,
                "WATER_AND_HOUSING_INFRASTRUCTURE", List.of("MECCA", "OASIS"), LocalDate.now(), null, List.of(organizers),
                organizers[0], Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> campaigns.existsById(campaignId));
        return campaignId;
    }

    public String organizer() {
        return "organizer-" + next();
    }

    /** A new organizer with a campaign of their own. */
    public Team team() {
        String organizer = organizer();
        return new Team(organizer, organizerBearer(organizer), campaign(organizer));
    }

    public String bearer(String staffId, Role... roles) {
        return StaffTokens.bearer(tokens.staffToken(staffId, roles));
    }

    public String organizerBearer(String staffId) {
        return bearer(staffId, Role.ORGANIZER);
    }

    /** A volunteer of {@code community} speaking Spanish and English, with an email. */
    public Volunteer volunteer(String community) {
        return volunteer("Voluntaria " + next(), "vol" + next() + "@example.org", community, "es");
    }

    public Volunteer volunteer(String name, String email, String community, String preferredLanguage) {
        return volunteer(application(name, email, community, preferredLanguage));
    }

    /** Applies and confirms with the token the confirmation email carries, as the volunteer would. */
    public Volunteer volunteer(VolunteerApplication application) {
        return confirmed(application).volunteer();
    }

    /** Applies and confirms: the volunteer with their first personal link. */
    public VolunteerService.Confirmed confirmed(VolunteerApplication application) {
        String token = volunteers.apply(application, null).confirmationToken();
        if (token == null) {
            throw new AssertionError("No confirmation email was requested for " + application.email());
        }
        return volunteers.confirm(token).orElseThrow();
    }

    /** A fresh personal link of the volunteer (as an email to them would carry). */
    public PersonalLinks.Link link(Volunteer volunteer) {
        return personalLinks.issue(registered.findById(volunteer.id()).orElseThrow());
    }

    public static VolunteerApplication application(String name, String email, String community, String preferredLanguage) {
        return new VolunteerApplication(name, email, null, preferredLanguage, community,
                List.of(SpokenLanguage.ES, SpokenLanguage.EN), null, List.of(Skill.CANVASSING), List.of(), AgeGroup.ADULT,
                null, null, false, true, null, null);
    }

    /** The same application with a mobile number and the box for shift messages by text ticked. */
    public static VolunteerApplication texting(VolunteerApplication a, String phone) {
        return new VolunteerApplication(a.name(), a.email(), phone, a.preferredLanguage(), a.community(), a.languages(),
                a.otherLanguage(), a.skills(), a.availability(), a.ageGroup(), a.guardianName(), a.guardianContact(),
                a.guardianConsent(), a.contactConsent(), a.campaignId(), a.invitation(), true);
    }

    public Signup signUp(String shiftId, String volunteerId) {
        return signups.signUp(shiftId, volunteerId, null);
    }

    /** A shift request with sensible defaults: a canvass in Mecca at a place no other test uses, in three days. */
    public ShiftSpec shift(String campaignId) {
        return new ShiftSpec(campaignId);
    }

    /** The local date-time {@code days} from now at {@code time} in Los Angeles. */
    public static LocalDateTime local(Instant now, int days, LocalTime time) {
        return LocalDateTime.of(now.atZone(ZONE).toLocalDate().plusDays(days), time);
    }

    /** Schedules through the staff API; returns the JSON answer (the shift view). */
    public JsonNode schedule(ShiftSpec spec, String bearer) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/api/staff/outreach/shifts")
                .header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(spec.body()))).andReturn();
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError("Scheduling failed: " + result.getResponse().getStatus() + " "
                    + result.getResponse().getContentAsString());
        }
        return json.readTree(result.getResponse().getContentAsString());
    }

    /** Schedules through the staff API as the team's organizer; returns the new shift's id. */
    public String scheduleShift(Team team, ShiftSpec spec) throws Exception {
        return schedule(spec, team.bearer()).get("shiftId").asString();
    }

    /**
     * An organizer, the token the gateway relays for them, and their campaign.
     *
     * @param organizer  the organizer's staff id
     * @param bearer     their {@code Authorization} header value
     * @param campaignId a campaign whose team they are on
     */
    public record Team(String organizer, String bearer, String campaignId) {

        /** A shift request for the team's campaign, with the defaults of {@link Scenario#shift}. */
        public ShiftSpec shift() {
            return new ShiftSpec(campaignId);
        }
    }

    /** A shift request being put together. */
    public static final class ShiftSpec {

        private final Map<String, Object> body = new LinkedHashMap<>();

        ShiftSpec(String campaignId) {
            int n = next();
            body.put("campaignId", campaignId);
            body.put("activity", "CANVASS");
            body.put("titleEs", "Tocar puertas " + n);
            body.put("titleEn", "Door knocking " + n);
            body.put("community", "MECCA");
            body.put("address", "Calle de prueba " + n);
            Instant now = Instant.now();
            body.put("startsAt", local(now, 3, LocalTime.of(9, 0)).toString());
            body.put("endsAt", local(now, 3, LocalTime.of(12, 0)).toString());
            body.put("capacity", 5);
            body.put("minimumVolunteers", 0);
            body.put("languagesNeeded", new ArrayList<>(List.of("es")));
        }

        public ShiftSpec set(String field, Object value) {
            body.put(field, value);
            return this;
        }

        public ShiftSpec at(LocalDateTime start, LocalDateTime end) {
            body.put("startsAt", start.toString());
            body.put("endsAt", end.toString());
            return this;
        }

        public Map<String, Object> body() {
            return body;
        }
    }
}
