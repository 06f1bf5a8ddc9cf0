package org.plaza.outreach.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.events.EventTypes;
import org.plaza.events.outreach.VolunteerRegistered.AgeGroup;
import org.plaza.events.supporters.SupporterErased;
import org.plaza.outreach.meeting.MeetingFixtures;
import org.plaza.outreach.meeting.Rsvp;
import org.plaza.outreach.meeting.RsvpService;
import org.plaza.outreach.meeting.Rsvps;
import org.plaza.outreach.signup.Signups;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.outreach.volunteer.Enrolments;
import org.plaza.outreach.volunteer.Skill;
import org.plaza.outreach.volunteer.SpokenLanguage;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.VolunteerApplication;
import org.plaza.outreach.volunteer.VolunteerService;
import org.plaza.outreach.volunteer.Volunteers;
import org.plaza.starter.retention.PersonalDataRetention;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.privacy.PersonalDataScan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * A supporter's erasure ({@code SupporterErased} on plaza.supporters) leaves nothing of them here, not even their
 * waiting sign-up or their meeting RSVPs' names and addresses, while their sign-ups (counts, hours), RSVPs (counts)
 * and profile codes stay.
 */
@OutreachTest
class ErasureTest {

    @Autowired Scenario scenario;
    @Autowired VolunteerService volunteerService;
    @Autowired Volunteers volunteers;
    @Autowired Signups signups;
    @Autowired Enrolments enrolments;
    @Autowired KafkaTestEvents events;
    @Autowired MongoTemplate mongo;
    @Autowired MeterRegistry meters;
    @Autowired RsvpService rsvps;
    @Autowired Rsvps meetingRsvps;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    @Test
    void anErasedVolunteersContactDetailsAndWaitingSignUpAreGoneFromEveryCollectionWhileSignUpsStay()
            throws Exception {
        int n = Scenario.next();
        String local = "erin" + n + "x" + System.nanoTime();
        String email = local + "@example.org";
        String name = "Erin Borrada " + local;
        String digits = String.format("%04d", n % 10_000);
        String guardian = "Tutora " + local;
        String guardianEmail = "tutora." + local + "@example.org";
        String language = "Zapoteco de " + local;
        VolunteerApplication application = new VolunteerApplication(name, email, "760 555 " + digits, "es", "MECCA",
                List.of(SpokenLanguage.ES, SpokenLanguage.OTHER), language, List.of(Skill.SOCIAL_MEDIA), List.of(),
                AgeGroup.YOUTH, guardian, guardianEmail, true, true, null, null);
        Volunteer erin = scenario.volunteer(application);
        Team team = scenario.team();
        Instant now = Instant.now();
        String first = scenario.scheduleShift(team, team.shift());
        String second = scenario.scheduleShift(team, team.shift().at(Scenario.local(now, 4, LocalTime.of(9, 0)),
                Scenario.local(now, 4, LocalTime.of(11, 0))));
        scenario.signUp(first, erin.id());
        scenario.signUp(second, erin.id());
        volunteerService.apply(application, null);
        String meetingId = MeetingFixtures.schedule(mvc, json, team.bearer(),
                MeetingFixtures.request(team.campaignId(), null)).get("meetingId").asString();
        String going = rsvps.confirm(rsvps.request(meetingId, new RsvpService.Request(name, email, null, "es")))
                .orElseThrow().rsvp().id();
        rsvps.request(meetingId, new RsvpService.Request(name, email, null, "es"));
        assertThat(PersonalDataScan.findings(mongo, email)).as("volunteer, enrolments and RSVPs hold the email").isNotEmpty();

        SupporterErased erased = new SupporterErased("era-" + n, erin.supporterId(), Instant.now());
        String ceId = "ce-" + System.nanoTime();
        double duplicatesBefore = duplicates();
        events.publish(erased, ceId);
        events.publish(erased, ceId);

        await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() > duplicatesBefore);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> PersonalDataScan.assertNoTraceOf(mongo, email,
                name, local, "555" + digits, "555 " + digits, guardian, guardianEmail, language));
        Volunteer kept = volunteers.findById(erin.id()).orElseThrow();
        assertThat(kept.anonymized()).isTrue();
        assertThat(kept.community()).isEqualTo("MECCA");
        assertThat(kept.ageGroup()).isEqualTo(AgeGroup.YOUTH);
        assertThat(kept.supporterId()).isEqualTo(erin.supporterId());
        assertThat(mongo.count(Query.query(Criteria.where("volunteerId").is(erin.id())), "signups"))
                .as("the sign-ups (counts, hours) stay").isEqualTo(2);
        assertThat(mongo.count(Query.query(Criteria.where("supporterId").is(erin.supporterId())), "volunteer_enrolments"))
                .isZero();
        assertThat(meetingRsvps.findById(going).orElseThrow().status()).as("the RSVP (the count) stays")
                .isEqualTo(Rsvp.Status.GOING);
    }

    private double duplicates() {
        var counter = meters.find("plaza.events.consumed").tag("consumer", PersonalDataRetention.CONSUMER)
                .tag("type", EventTypes.typeOf(SupporterErased.class)).tag("outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }
}
