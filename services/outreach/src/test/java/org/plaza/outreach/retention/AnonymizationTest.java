package org.plaza.outreach.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.events.outreach.VolunteerRegistered.AgeGroup;
import org.plaza.outreach.signup.Signup;
import org.plaza.outreach.signup.Signups;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.outreach.testing.TestClock;
import org.plaza.outreach.volunteer.PersonalLinks;
import org.plaza.outreach.volunteer.Skill;
import org.plaza.outreach.volunteer.SpokenLanguage;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.VolunteerApplication;
import org.plaza.outreach.volunteer.Volunteers;
import org.plaza.starter.retention.PersonalDataRetention;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 180 days after a volunteer's last activity (the end of their last shift here), their name, email, phone and
 * guardian's details are erased; their sign-ups and the profile codes stay. Someone active recently is kept.
 */
@OutreachTest
class AnonymizationTest {

    private static final Duration RETENTION = Duration.ofDays(180);

    @Autowired PersonalDataRetention anonymization;
    @Autowired Scenario scenario;
    @Autowired Volunteers volunteers;
    @Autowired Signups signups;
    @Autowired TestClock clock;
    @Autowired MockMvc mvc;

    @Test
    void aYouthInactiveForTheRetentionPeriodHasTheirAndTheirGuardiansContactDetailsErased() throws Exception {
        Team team = scenario.team();
        String shiftId = scenario.scheduleShift(team, team.shift());
        Volunteer youth = scenario.volunteer(new VolunteerApplication("Diego Joven", "diego" + Scenario.next() + "@example.org",
                "760 555 0199", "es", "MECCA", List.of(SpokenLanguage.ES, SpokenLanguage.OTHER), "Purépecha",
                List.of(Skill.SOCIAL_MEDIA), List.of(), AgeGroup.YOUTH, "Mamá de Diego", "mama@example.org", true, true, null,
                null));
        Signup signup = scenario.signUp(shiftId, youth.id());
        PersonalLinks.Link link = scenario.link(youth);

        anonymization.anonymizeDue(youth.registeredAt().plus(RETENTION).plus(Duration.ofDays(1)));
        assertThat(volunteers.findById(youth.id()).orElseThrow().anonymized())
                .as("their shift ended less than 180 days before").isFalse();

        Instant due = signup.shiftEndsAt().plus(RETENTION).plusSeconds(60);
        anonymization.anonymizeDue(due);

        Volunteer erased = volunteers.findById(youth.id()).orElseThrow();
        assertThat(erased.anonymized()).isTrue();
        assertThat(erased.name()).isNull();
        assertThat(erased.email()).isNull();
        assertThat(erased.phone()).isNull();
        assertThat(erased.guardianName()).isNull();
        assertThat(erased.guardianContact()).isNull();
        assertThat(erased.otherLanguage()).isNull();
        assertThat(erased.contactConsent()).isFalse();
        assertThat(erased.community()).isEqualTo("MECCA");
        assertThat(erased.ageGroup()).isEqualTo(AgeGroup.YOUTH);
        assertThat(erased.supporterId()).isEqualTo(youth.supporterId());
        assertThat(signups.findById(signup.id())).as("the sign-up (counts, hours) stays").isPresent();
        mvc.perform(get(link.path())).andExpect(status().isNotFound());
        Long version = erased.version();
        anonymization.anonymizeDue(due);
        assertThat(volunteers.findById(youth.id()).orElseThrow().version()).as("running again changes nothing")
                .isEqualTo(version);
    }

    @Test
    void aVolunteerWhoRegisteredLongAgoButTookAShiftRecentlyIsKept() throws Exception {
        clock.moveTo(Instant.now().minus(Duration.ofDays(200)));
        Volunteer veteran = scenario.volunteer("MECCA");
        clock.reset();
        Team team = scenario.team();
        Instant now = Instant.now();
        String shiftId = scenario.scheduleShift(team, team.shift().at(Scenario.local(now, 2, LocalTime.of(9, 0)),
                Scenario.local(now, 2, LocalTime.of(11, 0))));
        scenario.signUp(shiftId, veteran.id());

        anonymization.anonymizeDue(now);

        Volunteer kept = volunteers.findById(veteran.id()).orElseThrow();
        assertThat(kept.anonymized()).isFalse();
        assertThat(kept.email()).isEqualTo(veteran.email());
        assertThat(kept.lastActiveAt()).as("the end of their shift is recorded").isAfter(now);
    }
}
