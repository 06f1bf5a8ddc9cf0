package org.plaza.outreach.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.events.outreach.ShiftPromoted;
import org.plaza.outreach.shift.Seats;
import org.plaza.outreach.shift.Shift;
import org.plaza.outreach.shift.Shifts;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.TestClock;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.starter.id.Ids;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Sign-ups a crash left half-done are completed from the ledger, with the events they owed. */
@OutreachTest
class SignupReconcilerTest {

    @Autowired Scenario scenario;
    @Autowired SignupReconciler reconciler;
    @Autowired Signups signups;
    @Autowired Shifts shifts;
    @Autowired Seats seats;
    @Autowired MongoTemplate mongo;
    @Autowired TestClock clock;
    @Autowired KafkaTestEvents events;

    @Test
    void aCancellationInterruptedBeforeTheLedgerChangedIsFinishedAndPromotesTheFirstInLine() throws Exception {
        Team team = scenario.team();
        String shiftId = scenario.scheduleShift(team, team.shift().set("capacity", 1));
        Signup leaving = scenario.signUp(shiftId, scenario.volunteer("MECCA").id());
        Signup waiting = scenario.signUp(shiftId, scenario.volunteer("MECCA").id());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(leaving.id())), new Update().set("status", "CANCELLING"), Signup.class);
        clock.moveTo(Instant.now().plus(Duration.ofMinutes(1)));

        reconciler.reconcile();

        assertThat(signups.findById(leaving.id()).orElseThrow().status()).isEqualTo(Signup.Status.CANCELLED);
        assertThat(signups.findById(waiting.id()).orElseThrow().status()).isEqualTo(Signup.Status.CONFIRMED);
        assertThat(seats.ledger(shiftId).orElseThrow().seated()).containsExactly(waiting.id());
        events.awaitEvent(ShiftPromoted.class, e -> e.signupId().equals(waiting.id()), Duration.ofSeconds(20));
    }

    @Test
    void requestsThatNeverReachedTheLedgerGetAPlaceOrASpotInLine() throws Exception {
        Team team = scenario.team();
        String shiftId = scenario.scheduleShift(team, team.shift().set("capacity", 1));
        Shift shift = shifts.findById(shiftId).orElseThrow();
        Volunteer first = scenario.volunteer("MECCA");
        Volunteer second = scenario.volunteer("MECCA");
        Signup one = signups.insert(Signup.request(Ids.next("sgn", Instant.now()), shiftId, team.campaignId(), first.id(),
                first.supporterId(), null, "ACDEFH", shift.startsAt(), shift.endsAt(), Instant.now()));
        Signup other = signups.insert(Signup.request(Ids.next("sgn", Instant.now()), shiftId, team.campaignId(), second.id(),
                second.supporterId(), null, "ACDEFJ", shift.startsAt(), shift.endsAt(), Instant.now()));
        clock.moveTo(Instant.now().plus(Duration.ofMinutes(1)));

        reconciler.reconcile();

        assertThat(List.of(signups.findById(one.id()).orElseThrow().status(), signups.findById(other.id()).orElseThrow().status()))
                .containsExactlyInAnyOrder(Signup.Status.CONFIRMED, Signup.Status.WAITLISTED);
        assertThat(seats.ledger(shiftId).orElseThrow().waitlist()).hasSize(1);
        assertThat(reconciler.reconcile()).isZero();
    }
}
