package org.plaza.outreach.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.MeetingRsvpCancelled;
import org.plaza.events.outreach.MeetingRsvped;
import org.plaza.events.outreach.MeetingWaitlisted;
import org.plaza.outreach.support.SeatLedger;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Race;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * A meeting's capacity and waitlist, with the shifts' seat ledger: RSVPs past the capacity wait in line and are told
 * so (page and email, in their language), a cancellation promotes the first in line with the invite and reminders,
 * and however many confirm at once no meeting has more people going than places.
 */
@OutreachTest
class MeetingWaitlistTest {

    @Autowired Scenario scenario;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired KafkaTestEvents events;
    @Autowired RsvpService rsvpService;
    @Autowired MeetingService meetingService;
    @Autowired MeetingSeats seats;
    @Autowired Rsvps rsvps;

    @Test
    void aResidentPastTheCapacityIsToldTheyWaitAndIsPromotedWithTheInviteWhenSomeoneCancels() throws Exception {
        Team team = scenario.team();
        String meetingId = schedule(team, 1);
        String anaEmail = "ana" + Scenario.next() + "@example.org";
        String betoEmail = "beto" + Scenario.next() + "@example.org";
        Rsvp ana = confirm(meetingId, "Ana", anaEmail, "es");
        Position before = events.positionOf(NotificationRequested.class, MeetingWaitlisted.class, MeetingRsvped.class);

        Rsvp beto = confirm(meetingId, "Beto", betoEmail, "en");

        assertThat(beto.status()).isEqualTo(Rsvp.Status.WAITLISTED);
        MeetingWaitlisted waiting = events.awaitEvent(before, MeetingWaitlisted.class,
                e -> e.meetingId().equals(meetingId), Duration.ofSeconds(20)).event();
        assertThat(List.of(waiting.waitlisted(), waiting.going(), waiting.capacity())).containsExactly(1, 1, 1);
        NotificationRequested told = events.awaitEvent(before, NotificationRequested.class,
                r -> MeetingMail.WAITLISTED_TEMPLATE.equals(r.templateKey()) && betoEmail.equals(r.recipientEmail()),
                Duration.ofSeconds(20)).event();
        assertThat(told.locale()).isEqualTo("en");
        assertThat(told.templateParameters()).containsEntry("waitlistPosition", "1").containsKey("manageUrl");
        assertThat(told.attachment()).as("no invite while waiting").isNull();
        String page = managePath(told);
        assertThat(mvc.perform(get(page + "?lang=en")).andReturn().getResponse().getContentAsString())
                .contains("you are on the waitlist, number 1", "Take me off the waitlist");
        assertThat(mvc.perform(get(page + "?lang=es")).andReturn().getResponse().getContentAsString())
                .contains("estás en la lista de espera, número 1", "Sácame de la lista de espera");

        Position beforeCancel = events.positionOf(NotificationRequested.class, MeetingRsvped.class,
                MeetingRsvpCancelled.class);
        rsvpService.cancel(ana.id());

        assertThat(rsvps.findById(beto.id()).orElseThrow().status()).isEqualTo(Rsvp.Status.GOING);
        MeetingRsvped promoted = events.awaitEvent(beforeCancel, MeetingRsvped.class,
                e -> e.meetingId().equals(meetingId) && Boolean.TRUE.equals(e.promoted()), Duration.ofSeconds(20)).event();
        assertThat(List.of(promoted.going(), promoted.waitlisted())).containsExactly(1, 0);
        MeetingRsvpCancelled cancelled = events.awaitEvent(beforeCancel, MeetingRsvpCancelled.class,
                e -> e.meetingId().equals(meetingId), Duration.ofSeconds(20)).event();
        assertThat(List.of(cancelled.going(), cancelled.waitlisted())).as("the place went to the first in line")
                .containsExactly(1, 0);
        NotificationRequested promotion = events.awaitEvent(beforeCancel, NotificationRequested.class,
                r -> MeetingMail.PROMOTED_TEMPLATE.equals(r.templateKey()) && betoEmail.equals(r.recipientEmail()),
                Duration.ofSeconds(20)).event();
        assertThat(promotion.locale()).isEqualTo("en");
        assertThat(promotion.attachment().mediaType()).isEqualTo("text/calendar");
        Instant startsAt = meetingService.get(meetingId).startsAt();
        List<NotificationRequested> reminders = events.awaitEvents(beforeCancel, NotificationRequested.class,
                r -> betoEmail.equals(r.recipientEmail()) && r.templateKey().startsWith(MeetingMail.REMINDER_TEMPLATE), 2,
                Duration.ofSeconds(20)).stream().map(r -> r.event()).toList();
        assertThat(reminders).extracting(NotificationRequested::sendAt)
                .containsExactlyInAnyOrder(startsAt.minus(Duration.ofHours(24)), startsAt.minus(Duration.ofHours(2)));
        assertThat(mvc.perform(get(page + "?lang=es")).andReturn().getResponse().getContentAsString())
                .contains("Vas a ir", "Ya no puedo ir");
    }

    @Test
    void aResidentWhoLeavesTheWaitlistPromotesNobodyAndTheLineMovesUp() throws Exception {
        Team team = scenario.team();
        String meetingId = schedule(team, 1);
        confirm(meetingId, "Ana", "ana" + Scenario.next() + "@example.org", "es");
        Rsvp second = confirm(meetingId, "Beto", "beto" + Scenario.next() + "@example.org", "es");
        Rsvp third = confirm(meetingId, "Carla", "carla" + Scenario.next() + "@example.org", "es");
        Position before = events.positionOf(MeetingRsvpCancelled.class);

        assertThat(rsvpService.cancel(second.id()).status()).isEqualTo(Rsvp.Status.CANCELLED);

        MeetingRsvpCancelled left = events.awaitEvent(before, MeetingRsvpCancelled.class,
                e -> e.rsvpId().equals(second.id()), Duration.ofSeconds(20)).event();
        assertThat(List.of(left.going(), left.waitlisted())).containsExactly(1, 1);
        Places places = meetingService.places(meetingService.get(meetingId));
        assertThat(places.waitlist()).containsExactly(third.id());
        assertThat(rsvps.findById(third.id()).orElseThrow().status()).isEqualTo(Rsvp.Status.WAITLISTED);
    }

    @Test
    void manyResidentsConfirmingAtOnceNeverTakeMorePlacesThanTheMeetingHas() throws Exception {
        Team team = scenario.team();
        String meetingId = schedule(team, 3);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            tokens.add(rsvpService.request(meetingId, new RsvpService.Request("Vecina " + i,
                    "vecina" + Scenario.next() + "@example.org", null, i % 2 == 0 ? "es" : "en")));
        }

        List<Rsvp.Status> outcomes = Race.run(tokens.size(), i -> rsvpService.confirm(tokens.get(i)).orElseThrow()
                .rsvp().status());

        assertThat(Collections.frequency(outcomes, Rsvp.Status.GOING)).isEqualTo(3);
        assertThat(Collections.frequency(outcomes, Rsvp.Status.WAITLISTED)).isEqualTo(13);
        SeatLedger.Ledger ledger = seats.ledger(meetingId).orElseThrow();
        assertThat(ledger.seated()).hasSize(3);
        assertThat(ledger.openSpots()).isZero();
        assertThat(ledger.waitlist()).hasSize(13).doesNotHaveDuplicates();
    }

    @Test
    void aConfirmationInterruptedAfterTheLedgerIsFinishedByTheNextUseOfTheLinkWithItsOnePlace() throws Exception {
        Team team = scenario.team();
        String meetingId = schedule(team, 2);
        String token = rsvpService.request(meetingId, new RsvpService.Request("Eva", "eva" + Scenario.next()
                + "@example.org", null, "es"));
        String rsvpId = token.substring(0, token.indexOf('.'));
        Meeting meeting = meetingService.get(meetingId);
        assertThat(seats.take(meeting, rsvpId, Instant.now())).as("the place taken before a crash").isPresent();

        Rsvp confirmed = rsvpService.confirm(token).orElseThrow().rsvp();

        assertThat(confirmed.status()).isEqualTo(Rsvp.Status.GOING);
        SeatLedger.Ledger ledger = seats.ledger(meetingId).orElseThrow();
        assertThat(ledger.seated()).containsExactly(rsvpId);
        assertThat(ledger.openSpots()).isEqualTo(1);
        assertThat(rsvpService.confirm(token)).as("a link works once").isEmpty();
    }

    private String schedule(Team team, int capacity) throws Exception {
        return MeetingFixtures.schedule(mvc, json, team.bearer(), MeetingFixtures.request(team.campaignId(), capacity))
                .get("meetingId").asString();
    }

    private Rsvp confirm(String meetingId, String name, String email, String language) {
        return rsvpService.confirm(rsvpService.request(meetingId, new RsvpService.Request(name, email, null, language)))
                .orElseThrow().rsvp();
    }

    private static String managePath(NotificationRequested request) {
        return URI.create(request.templateParameters().get("manageUrl")).getRawPath();
    }
}
