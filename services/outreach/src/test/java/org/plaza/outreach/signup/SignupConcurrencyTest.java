package org.plaza.outreach.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.events.outreach.ShiftCancelled.CancelledBy;
import org.plaza.events.outreach.ShiftPromoted;
import org.plaza.events.outreach.ShiftSignedUp;
import org.plaza.events.outreach.ShiftWaitlisted;
import org.plaza.outreach.shift.Seats;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Race;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.springframework.beans.factory.annotation.Autowired;

/** Capacity under concurrent sign-ups, and promotion from the waitlist, through the whole service. */
@OutreachTest
class SignupConcurrencyTest {

    @Autowired Scenario scenario;
    @Autowired SignupService signups;
    @Autowired Signups repository;
    @Autowired Seats seats;
    @Autowired KafkaTestEvents events;

    @Test
    void manyVolunteersRacingForTheLastPlaceNeverOverfillTheShift() throws Exception {
        Team team = scenario.team();
        String shiftId = scenario.scheduleShift(team, team.shift().set("capacity", 3));
        scenario.signUp(shiftId, scenario.volunteer("MECCA").id());
        scenario.signUp(shiftId, scenario.volunteer("MECCA").id());
        List<Volunteer> racers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            racers.add(scenario.volunteer("MECCA"));
        }
        Position before = events.positionOf(ShiftSignedUp.class);

        List<Signup> results = Race.run(racers.size(), i -> signups.signUp(shiftId, racers.get(i).id(), null));

        assertThat(results).filteredOn(s -> s.status() == Signup.Status.CONFIRMED).hasSize(1);
        assertThat(results).filteredOn(s -> s.status() == Signup.Status.WAITLISTED).hasSize(23);
        assertThat(repository.findByShiftIdOrderByRequestedAtAsc(shiftId))
                .filteredOn(s -> s.status() == Signup.Status.CONFIRMED).hasSize(3);
        Seats.Ledger ledger = seats.ledger(shiftId).orElseThrow();
        assertThat(ledger.seated()).hasSize(3);
        assertThat(ledger.openSpots()).isZero();
        assertThat(ledger.waitlist()).hasSize(23).doesNotHaveDuplicates();
        ShiftSignedUp last = events.awaitEvent(before, ShiftSignedUp.class, e -> e.shiftId().equals(shiftId),
                Duration.ofSeconds(20)).event();
        assertThat(last.openSpots()).isZero();
        events.awaitEvents(ShiftWaitlisted.class, e -> e.shiftId().equals(shiftId), 23, Duration.ofSeconds(30));
    }

    @Test
    void aCancellationPromotesExactlyTheFirstVolunteerInLine() throws Exception {
        Team team = scenario.team();
        String shiftId = scenario.scheduleShift(team, team.shift().set("capacity", 2));
        Signup first = scenario.signUp(shiftId, scenario.volunteer("MECCA").id());
        scenario.signUp(shiftId, scenario.volunteer("MECCA").id());
        Signup firstInLine = scenario.signUp(shiftId, scenario.volunteer("MECCA").id());
        Signup secondInLine = scenario.signUp(shiftId, scenario.volunteer("MECCA").id());
        assertThat(firstInLine.status()).isEqualTo(Signup.Status.WAITLISTED);
        Position before = events.positionOf(ShiftPromoted.class);

        Signup cancelled = signups.cancel(first.id(), CancelledBy.VOLUNTEER, null);

        assertThat(cancelled.status()).isEqualTo(Signup.Status.CANCELLED);
        assertThat(repository.findById(firstInLine.id()).orElseThrow().status()).isEqualTo(Signup.Status.CONFIRMED);
        assertThat(repository.findById(secondInLine.id()).orElseThrow().status()).isEqualTo(Signup.Status.WAITLISTED);
        ShiftPromoted promoted = events.awaitEvent(before, ShiftPromoted.class, e -> e.shiftId().equals(shiftId),
                Duration.ofSeconds(20)).event();
        assertThat(promoted.signupId()).isEqualTo(firstInLine.id());
        events.assertNoEvent(before, ShiftPromoted.class, e -> e.shiftId().equals(shiftId) && !e.signupId().equals(firstInLine.id()),
                Duration.ofSeconds(2));
        assertThat(signups.cancel(first.id(), CancelledBy.VOLUNTEER, null).status()).isEqualTo(Signup.Status.CANCELLED);
        assertThat(seats.ledger(shiftId).orElseThrow().seated()).hasSize(2).contains(firstInLine.id());
    }

    @Test
    void concurrentCancellationsPromoteOneWaitingVolunteerPerFreedPlace() throws Exception {
        Team team = scenario.team();
        String shiftId = scenario.scheduleShift(team, team.shift().set("capacity", 4));
        List<Signup> seated = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            seated.add(scenario.signUp(shiftId, scenario.volunteer("MECCA").id()));
        }
        for (int i = 0; i < 2; i++) {
            scenario.signUp(shiftId, scenario.volunteer("MECCA").id());
        }

        Race.run(seated.size(), i -> signups.cancel(seated.get(i).id(), CancelledBy.VOLUNTEER, null));

        List<Signup> all = repository.findByShiftIdOrderByRequestedAtAsc(shiftId);
        assertThat(all).filteredOn(s -> s.status() == Signup.Status.CONFIRMED).hasSize(2).allMatch(Signup::promoted);
        assertThat(all).filteredOn(s -> s.status() == Signup.Status.WAITLISTED).isEmpty();
        Seats.Ledger ledger = seats.ledger(shiftId).orElseThrow();
        assertThat(ledger.seated()).hasSize(2);
        assertThat(ledger.openSpots()).isEqualTo(2);
    }
}
