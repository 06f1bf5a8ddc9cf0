package org.plaza.outreach.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.ShiftCancelled.CancelledBy;
import org.plaza.outreach.shift.UnderstaffedDetector;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.outreach.testing.TestClock;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.starter.outbox.OutboxAggregate;
import org.plaza.starter.outbox.OutboxRelay;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.ReceivedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reminders are scheduled sends of the notifications service, requested in the same write as the sign-up,
 * with request ids derived from the sign-up and the offset: nothing in outreach runs at the reminder time,
 * and whatever runs again after a restart asks for the same message, never a second one.
 */
@OutreachTest
class ReminderTest {

    @Autowired Scenario scenario;
    @Autowired KafkaTestEvents events;
    @Autowired TestClock clock;
    @Autowired OutboxRelay relay;
    @Autowired SignupReconciler reconciler;
    @Autowired UnderstaffedDetector understaffed;
    @Autowired MongoTemplate mongo;
    @Autowired JsonMapper json;
    @Autowired SignupService signups;

    @Test
    void aSignUpRequestsItsConfirmationAndBothRemindersInTheVolunteersLanguage() throws Exception {
        Team team = scenario.team();
        LocalDateTime start = Scenario.local(Instant.now(), 4, LocalTime.of(9, 0));
        String shiftId = scenario.scheduleShift(team, team.shift().at(start, start.plusHours(3)));
        Volunteer volunteer = scenario.volunteer("Luz Robles", "luz" + Scenario.next() + "@example.org", "MECCA", "en");

        Signup signup = scenario.signUp(shiftId, volunteer.id());

        List<NotificationRequested> mail = requestsOf(signup, 3);
        Instant startsAt = start.atZone(Scenario.ZONE).toInstant();
        assertThat(mail).extracting(NotificationRequested::requestId).containsExactlyInAnyOrder(
                "outreach:" + signup.id() + ":confirmation", "outreach:" + signup.id() + ":reminder-24h",
                "outreach:" + signup.id() + ":reminder-2h");
        NotificationRequested dayBefore = byId(mail, "reminder-24h");
        assertThat(dayBefore.templateKey()).isEqualTo("outreach.shift-reminder-24h");
        assertThat(dayBefore.category()).isEqualTo("REMINDERS");
        assertThat(dayBefore.sendAt()).isEqualTo(startsAt.minus(Duration.ofHours(24)));
        assertThat(byId(mail, "reminder-2h").sendAt()).isEqualTo(startsAt.minus(Duration.ofHours(2)));
        assertThat(dayBefore.relatedIds()).containsExactly(signup.id(), shiftId);
        assertThat(dayBefore.locale()).isEqualTo("en");
        assertThat(dayBefore.recipientEmail()).isEqualTo(volunteer.email());
        assertThat(dayBefore.templateParameters()).containsKeys("shiftTitle", "startsAt", "place", "manageUrl");
        assertThat(dayBefore.templateParameters().get("manageUrl")).startsWith("https://plaza.example/outreach/signups/" + signup.id() + "/");
        assertThat(dayBefore.templateParameters().get("startsAt")).contains("9:00").contains("AM");
        assertThat(byId(mail, "confirmation").sendAt()).isNull();
    }

    @Test
    void aVolunteerWhoChoseTextsGetsTheConfirmationAndRemindersByTextInTheirLanguage() throws Exception {
        Team team = scenario.team();
        LocalDateTime start = Scenario.local(Instant.now(), 4, LocalTime.of(9, 0));
        String shiftId = scenario.scheduleShift(team, team.shift().at(start, start.plusHours(3)));
        String digits = String.format("%04d", 2000 + Scenario.next() % 7000);
        Volunteer volunteer = scenario.volunteer(Scenario.texting(Scenario.application("Marisol Vega",
                "marisol" + Scenario.next() + "@example.org", "MECCA", "es"), "(760) 555-" + digits));

        Signup signup = scenario.signUp(shiftId, volunteer.id());

        List<NotificationRequested> texts = requestsOf(signup, 3);
        assertThat(texts).extracting(NotificationRequested::requestId).containsExactlyInAnyOrder(
                "outreach:" + signup.id() + ":confirmation", "outreach:" + signup.id() + ":reminder-24h",
                "outreach:" + signup.id() + ":reminder-2h");
        assertThat(texts).allSatisfy(text -> {
            assertThat(text.channel()).isEqualTo("SMS");
            assertThat(text.recipientPhone()).isEqualTo("+1760555" + digits);
            assertThat(text.recipientEmail()).isNull();
            assertThat(text.locale()).isEqualTo("es");
        });
        assertThat(byId(texts, "reminder-2h").templateKey()).isEqualTo("outreach.shift-reminder-2h");
    }

    @Test
    void aReminderIsRequestedOncePerSignUpEvenWhenTheServiceRestartsAtTheReminderTime() throws Exception {
        Team team = scenario.team();
        LocalDateTime start = Scenario.local(Instant.now(), 3, LocalTime.of(18, 0));
        String shiftId = scenario.scheduleShift(team, team.shift().at(start, start.plusHours(2)));
        Signup signup = scenario.signUp(shiftId, scenario.volunteer("MECCA").id());
        ReceivedEvent<NotificationRequested> published = events.awaitEvent(NotificationRequested.class,
                r -> r.requestId().equals("outreach:" + signup.id() + ":reminder-24h"), Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(20)).until(() -> pendingEvents(signup.id()) == 0);

        // The process dies at the reminder time, right after the relay had published the reminder and
        // before it could mark it as sent: the event is back in the sign-up's outbox, as a crash leaves it.
        relay.stop();
        clock.moveTo(start.atZone(Scenario.ZONE).toInstant().minus(Duration.ofHours(24)));
        putBackInOutbox(signup.id(), published);
        // It starts again: the relay sweeps, and every start-up job runs at the reminder time.
        relay.start();
        reconciler.reconcile();
        understaffed.detect(clock.instant());
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingEvents(signup.id()) == 0);

        List<ReceivedEvent<NotificationRequested>> reminders = events.eventsSoFar(NotificationRequested.class,
                r -> r.relatedIds().contains(signup.id()) && r.templateKey().startsWith("outreach.shift-reminder-"));
        assertThat(reminders).extracting(r -> r.event().requestId()).containsOnly(
                "outreach:" + signup.id() + ":reminder-24h", "outreach:" + signup.id() + ":reminder-2h");
        assertThat(reminders).filteredOn(r -> r.event().requestId().endsWith(":reminder-24h"))
                .extracting(r -> r.headers().get("ce_id")).containsOnly(published.headers().get("ce_id"));
        assertThat(reminders).filteredOn(r -> r.event().requestId().endsWith(":reminder-2h")).hasSize(1);
    }

    @Test
    void aVolunteerPromotedLessThanADayBeforeTheShiftOnlyGetsTheRemindersStillAhead() throws Exception {
        Team team = scenario.team();
        LocalDateTime start = Scenario.local(Instant.now(), 5, LocalTime.of(10, 0));
        String shiftId = scenario.scheduleShift(team, team.shift().at(start, start.plusHours(2)).set("capacity", 1));
        Signup first = scenario.signUp(shiftId, scenario.volunteer("MECCA").id());
        Signup waiting = scenario.signUp(shiftId, scenario.volunteer("MECCA").id());
        clock.moveTo(start.atZone(Scenario.ZONE).toInstant().minus(Duration.ofHours(10)));

        signups.cancel(first.id(), CancelledBy.VOLUNTEER, null);

        List<NotificationRequested> mail = requestsOf(waiting, 3);
        assertThat(mail).extracting(NotificationRequested::requestId).containsExactlyInAnyOrder(
                "outreach:" + waiting.id() + ":waitlisted", "outreach:" + waiting.id() + ":promotion",
                "outreach:" + waiting.id() + ":reminder-2h");
        assertThat(byId(mail, "promotion").templateKey()).isEqualTo("outreach.waitlist-promotion");
    }

    /**
     * The first {@code count} mail requests about the sign-up, a copy the relay sent again counted once (at least once
     * delivery: it has the same {@code ce_id}, and consumers drop it).
     */
    private List<NotificationRequested> requestsOf(Signup signup, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> events.eventsSoFar(NotificationRequested.class,
                r -> r.relatedIds().contains(signup.id())).stream().filter(distinctBy(r -> r.headers().get("ce_id")))
                .limit(count).map(ReceivedEvent::event).toList(), mail -> mail.size() == count);
    }

    private static <T> Predicate<T> distinctBy(Function<T, ?> key) {
        Set<Object> seen = new HashSet<>();
        return item -> seen.add(key.apply(item));
    }

    private static NotificationRequested byId(List<NotificationRequested> mail, String message) {
        return mail.stream().filter(m -> m.requestId().endsWith(":" + message)).findFirst().orElseThrow();
    }

    private long pendingEvents(String signupId) {
        Document doc = mongo.getCollection("signups").find(new Document("_id", signupId)).first();
        List<?> outbox = doc == null ? null : doc.getList(OutboxAggregate.OUTBOX_FIELD, Object.class);
        return outbox == null ? 0 : outbox.size();
    }

    private void putBackInOutbox(String signupId, ReceivedEvent<NotificationRequested> published) {
        Map<String, String> headers = published.headers();
        Document pending = new Document("eventId", headers.get("ce_id")).append("type", headers.get("ce_type"))
                .append("subject", headers.get("ce_subject")).append("occurredAt", Date.from(Instant.now().minusSeconds(60)))
                .append("payload", new String(json.writeValueAsBytes(published.event()), StandardCharsets.UTF_8));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(signupId)), new Update().push(OutboxAggregate.OUTBOX_FIELD, pending),
                "signups");
    }
}
