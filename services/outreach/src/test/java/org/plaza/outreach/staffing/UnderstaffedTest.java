package org.plaza.outreach.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.ShiftUnderstaffed;
import org.plaza.events.outreach.VolunteerRegistered.AgeGroup;
import org.plaza.outreach.shift.UnderstaffedDetector;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.outreach.testing.TestClock;
import org.plaza.outreach.volunteer.Availability;
import org.plaza.outreach.volunteer.Skill;
import org.plaza.outreach.volunteer.SpokenLanguage;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.VolunteerApplication;
import org.plaza.outreach.volunteer.VolunteerService;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.events.ReceivedEvent;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 48 hours before a shift still under its minimum, matching free volunteers are invited, once: by text to one who
 * chose texts, by email otherwise.
 */
@OutreachTest
class UnderstaffedTest {

    @Autowired Scenario scenario;
    @Autowired UnderstaffedDetector detector;
    @Autowired VolunteerService volunteers;
    @Autowired KafkaTestEvents events;
    @Autowired TestClock clock;

    @Test
    void anUnderstaffedShiftIsAnnouncedOnceAndInvitesFreeVolunteersWhoMatch() throws Exception {
        Team team = scenario.team();
        LocalDateTime start = Scenario.local(Instant.now(), 20, LocalTime.of(9, 0));
        String shiftId = scenario.scheduleShift(team, team.shift().set("community", "NORTH_SHORE").set("minimumVolunteers", 3)
                .set("languagesNeeded", List.of("es")).at(start, start.plusHours(3)));
        String busyAt = scenario.scheduleShift(team, team.shift().set("community", "NORTH_SHORE")
                .set("address", "Otra calle " + shiftId).at(start.plusHours(1), start.plusHours(2))
                .set("leadStaffId", "other-lead-" + shiftId));
        Volunteer signedUp = northShore("Ya Inscrita", List.of(SpokenLanguage.ES), List.of());
        Volunteer free = northShore("Libre Mañanas", List.of(SpokenLanguage.ES, SpokenLanguage.EN), List.of(Availability.of(start.atZone(Scenario.ZONE))));
        Volunteer anyTime = scenario.volunteer(Scenario.texting(new VolunteerApplication("Cualquier Hora",
                "ns" + Scenario.next() + "@example.org", null, "es", "NORTH_SHORE", List.of(SpokenLanguage.ES), null,
                List.of(Skill.CANVASSING), List.of(), AgeGroup.ADULT, null, null, false, true, null, null),
                "(760) 555-" + String.format("%04d", 2000 + Scenario.next() % 7000)));
        northShore("English Only", List.of(SpokenLanguage.EN), List.of());
        Volunteer busy = northShore("Ocupada", List.of(SpokenLanguage.ES), List.of());
        northShore("Solo Noches", List.of(SpokenLanguage.ES), List.of(Availability.WEEKDAY_EVENING, Availability.WEEKEND_EVENING));
        scenario.signUp(shiftId, signedUp.id());
        scenario.signUp(busyAt, busy.id());
        Position before = events.positionOf(ShiftUnderstaffed.class, NotificationRequested.class);

        Instant startsAt = start.atZone(Scenario.ZONE).toInstant();
        clock.moveTo(startsAt.minus(Duration.ofHours(49)));
        detector.detect(clock.instant());
        clock.moveTo(startsAt.minus(Duration.ofHours(47)));
        detector.detect(clock.instant());
        detector.detect(clock.instant());

        ShiftUnderstaffed understaffed = events.awaitEvent(before, ShiftUnderstaffed.class, e -> e.shiftId().equals(shiftId),
                Duration.ofSeconds(20)).event();
        assertThat(understaffed.detectedAt()).isAfter(startsAt.minus(Duration.ofHours(48)));
        assertThat(understaffed.signedUpCount()).isEqualTo(1);
        assertThat(understaffed.minimumVolunteers()).isEqualTo(3);
        List<ReceivedEvent<NotificationRequested>> invitations = events.awaitEvents(before, NotificationRequested.class,
                r -> r.templateKey().equals("outreach.shift-invitation") && r.relatedIds().contains(shiftId), 2, Duration.ofSeconds(30));
        events.assertNoEvent(before, NotificationRequested.class, r -> r.templateKey().equals("outreach.shift-invitation")
                && r.relatedIds().contains(shiftId) && !r.relatedIds().contains(free.id()) && !r.relatedIds().contains(anyTime.id()),
                Duration.ofSeconds(3));
        assertThat(invitations).extracting(r -> r.event().recipientEmail(), r -> r.event().recipientPhone(),
                r -> r.event().channel()).containsExactlyInAnyOrder(tuple(free.email(), null, null),
                        tuple(null, anyTime.phone(), "SMS"));
        assertThat(invitations.get(0).event().templateParameters().get("signupUrl")).contains("?shift=" + shiftId);
        assertThat(events.eventsSoFar(ShiftUnderstaffed.class, e -> e.shiftId().equals(shiftId))).hasSize(1);
    }

    private Volunteer northShore(String name, List<SpokenLanguage> languages, List<Availability> availability) {
        return scenario.volunteer(new VolunteerApplication(name, "ns" + Scenario.next() + "@example.org", null, "es",
                "NORTH_SHORE", languages, null, List.of(Skill.CANVASSING), availability,
                AgeGroup.ADULT, null, null, false, true, null, null));
    }
}
