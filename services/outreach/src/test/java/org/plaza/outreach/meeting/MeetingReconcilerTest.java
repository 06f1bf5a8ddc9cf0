package org.plaza.outreach.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.MeetingRsvpCancelled;
import org.plaza.events.outreach.MeetingRsvped;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.outreach.testing.TestClock;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * RSVPs a crash left between the meeting's seat ledger and their document are finished from the ledger, with the
 * mail and events they owed, so no place stays taken by nobody until the meeting starts.
 */
@OutreachTest
class MeetingReconcilerTest {

    @Autowired Scenario scenario;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired KafkaTestEvents events;
    @Autowired RsvpService rsvpService;
    @Autowired MeetingService meetingService;
    @Autowired MeetingSeats seats;
    @Autowired Rsvps rsvps;
    @Autowired MeetingReconciler reconciler;
    @Autowired TestClock clock;

    @Test
    void aConfirmationACrashInterruptedAfterItTookAPlaceIsSavedWithItsMail() throws Exception {
        String meetingId = schedule(scenario.team(), 2);
        String email = "ana" + Scenario.next() + "@example.org";
        String rsvpId = rsvpService.request(meetingId, new RsvpService.Request("Ana", email, null, "es")).split("\\.")[0];
        Meeting meeting = meetingService.get(meetingId);
        assertThat(seats.take(meeting, rsvpId, Instant.now())).isPresent();
        Position before = events.positionOf(MeetingRsvped.class, NotificationRequested.class);

        reconciler.reconcile();
        reconciler.reconcile();

        assertThat(rsvps.findById(rsvpId).orElseThrow().status()).isEqualTo(Rsvp.Status.GOING);
        assertThat(seats.ledger(meetingId).orElseThrow().seated()).containsExactly(rsvpId);
        MeetingRsvped counted = events.awaitEvent(before, MeetingRsvped.class, e -> e.meetingId().equals(meetingId),
                Duration.ofSeconds(20)).event();
        assertThat(counted.going()).isEqualTo(1);
        NotificationRequested told = events.awaitEvent(before, NotificationRequested.class,
                r -> MeetingMail.CONFIRMED_TEMPLATE.equals(r.templateKey()) && email.equals(r.recipientEmail()),
                Duration.ofSeconds(20)).event();
        assertThat(told.locale()).isEqualTo("es");
        assertThat(reconciler.reconcile()).isZero();
    }

    @Test
    void aConfirmationInProgressIsNotTakenForAnInterruptedOne() throws Exception {
        String meetingId = schedule(scenario.team(), 2);
        String rsvpId = rsvpService.request(meetingId,
                new RsvpService.Request("Beto", "beto" + Scenario.next() + "@example.org", null, "en")).split("\\.")[0];
        assertThat(seats.take(meetingService.get(meetingId), rsvpId, Instant.now())).isPresent();

        reconciler.reconcile();

        assertThat(rsvps.findById(rsvpId).orElseThrow().status()).isEqualTo(Rsvp.Status.PENDING);
    }

    @Test
    void aCancellationACrashInterruptedAfterTheLedgerGaveThePlaceBackIsFinishedAndTheFirstInLineIsPromoted()
            throws Exception {
        Team team = scenario.team();
        String meetingId = schedule(team, 1);
        Rsvp leaving = confirm(meetingId, "Carla", "es");
        Rsvp waiting = confirm(meetingId, "Dora", "en");
        assertThat(waiting.status()).isEqualTo(Rsvp.Status.WAITLISTED);
        Position before = events.positionOf(MeetingRsvped.class, MeetingRsvpCancelled.class);
        assertThat(leaving.requestCancel(Instant.now())).isTrue();
        rsvps.save(leaving);
        assertThat(seats.release(meetingId, leaving.id()).promoted()).contains(waiting.id());
        clock.moveTo(Instant.now().plus(Duration.ofMinutes(1)));

        reconciler.reconcile();
        reconciler.reconcile();

        assertThat(rsvps.findById(leaving.id()).orElseThrow().status()).isEqualTo(Rsvp.Status.CANCELLED);
        assertThat(rsvps.findById(waiting.id()).orElseThrow().status()).isEqualTo(Rsvp.Status.GOING);
        assertThat(seats.ledger(meetingId).orElseThrow().seated()).containsExactly(waiting.id());
        events.awaitEvent(before, MeetingRsvpCancelled.class, e -> e.rsvpId().equals(leaving.id()), Duration.ofSeconds(20));
        events.awaitEvent(before, MeetingRsvped.class,
                e -> e.meetingId().equals(meetingId) && Boolean.TRUE.equals(e.promoted()), Duration.ofSeconds(20));
    }

    @Test
    void aCancellationACrashInterruptedBeforeTheLedgerChangedGivesThePlaceBack() throws Exception {
        String meetingId = schedule(scenario.team(), 1);
        Rsvp leaving = confirm(meetingId, "Elena", "es");
        assertThat(leaving.requestCancel(Instant.now())).isTrue();
        rsvps.save(leaving);
        clock.moveTo(Instant.now().plus(Duration.ofMinutes(1)));

        reconciler.reconcile();

        assertThat(rsvps.findById(leaving.id()).orElseThrow().status()).isEqualTo(Rsvp.Status.CANCELLED);
        assertThat(seats.ledger(meetingId).orElseThrow().seated()).isEmpty();
        assertThat(confirm(meetingId, "Fabiola", "en").status()).as("the place is free again").isEqualTo(Rsvp.Status.GOING);
    }

    private String schedule(Team team, int capacity) throws Exception {
        return MeetingFixtures.schedule(mvc, json, team.bearer(), MeetingFixtures.request(team.campaignId(), capacity))
                .get("meetingId").asString();
    }

    private Rsvp confirm(String meetingId, String name, String language) {
        String email = name.toLowerCase() + Scenario.next() + "@example.org";
        return rsvpService.confirm(rsvpService.request(meetingId, new RsvpService.Request(name, email, null, language)))
                .orElseThrow().rsvp();
    }
}
