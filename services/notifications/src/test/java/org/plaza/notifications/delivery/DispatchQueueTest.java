package org.plaza.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.notifications.MongoCommands;
import org.plaza.notifications.NotificationsServiceTest;
import org.plaza.notifications.template.TemplateCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The poll reads the queue of unfinished notifications, not the notifications collection (which keeps every
 * notification ever stored and which the embedded MongoDB searches by reading it whole), and the queue stays
 * complete: what is pending is queued, what is finished leaves it.
 */
class DispatchQueueTest extends NotificationsServiceTest {

    /** The poll's read of the whole (small) queue; every other command names an {@code _id}, read by key. */
    private static final Set<String> QUEUE_SCAN = Set.of("dueAt");

    @Autowired
    DispatchQueue queue;

    @Autowired
    Notifications notifications;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MongoCommands commands;

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void stopRecording() {
        commands.stop();
    }

    @Test
    void thePollsSortOnDueAtHasAnIndexDeclaredInCode() {
        assertThat(mongo.indexOps(DispatchQueue.Entry.class).getIndexInfo())
                .anySatisfy(index -> {
                    assertThat(index.getName()).isEqualTo(DispatchQueue.DUE_INDEX);
                    assertThat(index.getIndexFields()).singleElement()
                            .satisfies(field -> assertThat(field.getKey()).isEqualTo("dueAt"));
                });
    }

    @Test
    void scheduledNotificationIsFoundThroughTheQueueAtThePollAndLeavesTheQueueWhenSent() {
        String requestId = uniqueId("ntf-queued");
        String email = address("example.org");
        Instant sendAt = Instant.now().plus(Duration.ofHours(20)).truncatedTo(ChronoUnit.MILLIS);
        events.publish(reminder(requestId, email, sendAt));
        awaitStored(requestId);
        assertThat(queue.find(requestId)).hasValueSatisfying(entry -> assertThat(entry.dueAt()).isEqualTo(sendAt));
        double foundBefore = claims("search");

        itsTimeHasCome(requestId);

        awaitState(requestId, "SENT");
        assertThat(awaitMessagesTo(email, 1)).hasSize(1);
        assertThat(claims("search") - foundBefore).isPositive();
        awaitLeftTheQueue(requestId);
    }

    @Test
    void dispatcherReadsNotificationsOnlyByKey() {
        awaitAPollAfterTheStartUpBackfill();
        commands.start();
        String scheduled = uniqueId("ntf-by-key");
        String immediate = uniqueId("ntf-by-key");
        events.publish(reminder(scheduled, address("example.org"), Instant.now().plus(Duration.ofHours(20))));
        events.publish(verification(immediate, "es", address("example.org")));
        awaitStored(scheduled);
        itsTimeHasCome(scheduled);

        awaitState(scheduled, "SENT");
        awaitState(immediate, "SENT");
        awaitPolls(3);
        awaitLeftTheQueue(scheduled);
        awaitLeftTheQueue(immediate);

        List<MongoCommands.Command> dispatcher = commands.recorded().stream().filter(MongoCommands.Command::fromDispatcher)
                .toList();
        assertThat(dispatcher).filteredOn(command -> command.collection().equals(Notification.COLLECTION))
                .isNotEmpty()
                .allSatisfy(command -> assertThat(command.filterFields()).as("%s on notifications", command).contains("_id"));
        assertThat(dispatcher).filteredOn(command -> command.collection().equals(DispatchQueue.COLLECTION))
                .allSatisfy(command -> assertThat(command.filterFields().contains("_id")
                        || command.filterFields().equals(QUEUE_SCAN)).as("%s on the queue", command).isTrue())
                .extracting(MongoCommands.Command::name).contains("find");
        assertThat(commands.recorded()).filteredOn(command -> command.collection().equals(DispatchQueue.COLLECTION))
                .filteredOn(command -> command.name().equals("delete"))
                .extracting(MongoCommands.Command::id).as("finished entries leave the queue by key").contains(scheduled, immediate);
    }

    @Test
    void finishedNotificationsEntriesLeaveTheQueueTogetherInOneCommand() {
        FinishedEntries finished = new FinishedEntries(queue);
        List<String> ids = List.of(uniqueId("ntf-done"), uniqueId("ntf-done"), uniqueId("ntf-done"));
        ids.forEach(id -> finished.finished(queue.enqueue(id, Instant.now().plus(Duration.ofMinutes(5)))));
        commands.start();

        assertThat(finished.removeWaiting()).isEqualTo(3);

        ids.forEach(id -> assertThat(queue.find(id)).as(id).isEmpty());
        List<MongoCommands.Command> deletes = commands.recorded().stream()
                .filter(command -> command.collection().equals(DispatchQueue.COLLECTION))
                .filter(command -> command.id() != null && ids.contains(command.id()))
                .filter(command -> command.name().equals("delete"))
                .toList();
        assertThat(deletes).extracting(MongoCommands.Command::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(deletes).extracting(MongoCommands.Command::commandId).as("one command").containsOnly(deletes.get(0).commandId());
        assertThat(deletes).allSatisfy(command -> assertThat(command.filterFields()).containsExactlyInAnyOrder("_id", "rev"));
        assertThat(finished.removeWaiting()).as("nothing waits any more").isZero();
    }

    @Test
    void anEntryWrittenAgainAfterItsNotificationFinishedStaysInTheQueue() {
        FinishedEntries finished = new FinishedEntries(queue);
        String requestId = uniqueId("ntf-again");
        DispatchQueue.Entry done = queue.enqueue(requestId, Instant.now().plus(Duration.ofMinutes(5)));
        finished.finished(done);

        DispatchQueue.Entry again = queue.enqueue(requestId, Instant.now());

        assertThat(finished.waiting(done)).isTrue();
        assertThat(finished.waiting(again)).as("the poll looks at it").isFalse();
        assertThat(finished.removeWaiting()).isZero();
        assertThat(queue.find(requestId)).hasValueSatisfying(entry -> assertThat(entry.rev()).isEqualTo(again.rev()));
        queue.remove(requestId);
    }

    @Test
    void pendingNotificationWithoutAQueueEntryIsSentOnceTheStartUpBackfillQueuesIt() {
        String requestId = uniqueId("ntf-unqueued");
        String email = address("example.org");
        NotificationRequested request = verification(requestId, "es", email);
        Notification stored = Notification.accepted(request,
                new TemplateCatalog().find(request.templateKey()).orElseThrow(), Locale.forLanguageTag("es"),
                "sup_unqueued", request.templateParameters(), List.of(), Instant.now());
        notifications.insertIfAbsent(stored);
        assertThat(queue.find(requestId)).isEmpty();

        commands.start();
        awaitPolls(3);
        assertThat(deliveryLog.find(requestId).orElseThrow().state()).as("not found without a queue entry")
                .isEqualTo("PENDING");

        assertThat(dispatcher.backfill()).isPositive();
        dispatcher.backfill();

        awaitState(requestId, "SENT");
        assertThat(awaitMessagesTo(email, 1)).hasSize(1);
        awaitLeftTheQueue(requestId);
        assertThat(messagesTo(email)).hasSize(1);
    }

    @Test
    void finishedNotificationsLeftoverQueueEntryIsDroppedAtThePoll() {
        String requestId = uniqueId("ntf-leftover");
        String email = address("example.org");
        events.publish(verification(requestId, "en", email));
        awaitState(requestId, "SENT");
        awaitLeftTheQueue(requestId);

        queue.enqueue(requestId, Instant.now());

        awaitLeftTheQueue(requestId);
        NotificationView sent = deliveryLog.find(requestId).orElseThrow();
        assertThat(sent.state()).isEqualTo("SENT");
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(messagesTo(email)).hasSize(1);
    }

    @Test
    void queueEntryWhoseNotificationNeverArrivedIsKeptForAnHourThenDropped() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String abandoned = uniqueId("ntf-abandoned");
        String arriving = uniqueId("ntf-arriving");
        mongo.insert(new Document("_id", abandoned).append("dueAt", now.minus(Duration.ofHours(2))).append("rev", "r1")
                .append("queuedAt", now.minus(Duration.ofHours(2))), DispatchQueue.COLLECTION);
        mongo.insert(new Document("_id", arriving).append("dueAt", now).append("rev", "r1").append("queuedAt", now),
                DispatchQueue.COLLECTION);

        awaitLeftTheQueue(abandoned);
        await().atMost(Duration.ofSeconds(30)).until(() -> queue.find(arriving).map(DispatchQueue.Entry::dueAt).orElse(null),
                dueAt -> now.plus(DispatchQueue.ORPHAN_GRACE).equals(dueAt));
    }

    @Test
    void sendInterruptedByACrashIsRecoveredThroughTheQueueAfterItsLeaseAsTheSameMessage() {
        String requestId = uniqueId("ntf-crash");
        String email = address("example.org");
        events.publish(reminder(requestId, email, Instant.now().plus(Duration.ofHours(20))));
        awaitStored(requestId);
        Instant leaseUntil = Instant.now().minusSeconds(1);
        mongo.updateFirst(query(where("_id").is(requestId)), new Update().set("state", "SENDING").set("attempts", 1)
                .set("leaseUntil", leaseUntil).set("claimedBy", "a-crashed-instance").inc("version", 1),
                Notification.COLLECTION);
        // The crashed instance claimed it when its entry was due, so the entry is due no later than the lease end.
        mongo.updateFirst(query(where("_id").is(requestId)), new Update().set("dueAt", leaseUntil), DispatchQueue.COLLECTION);

        NotificationView sent = awaitState(requestId, "SENT");

        assertThat(sent.history()).extracting(NotificationView.AttemptView::reasonCode).first().isEqualTo("INTERRUPTED");
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(awaitMessagesTo(email, 1)).hasSize(1);
        awaitLeftTheQueue(requestId);
    }

    @Test
    void aRequestStoredClaimedOnArrivalByAnInstanceThatStoppedIsSentOnceAfterItsLease() {
        String requestId = uniqueId("ntf-arrival-crash");
        String email = address("example.org");
        NotificationRequested request = verification(requestId, "es", email);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Notification stored = Notification.accepted(request,
                new TemplateCatalog().find(request.templateKey()).orElseThrow(), Locale.forLanguageTag("es"),
                "sup_arrival_crash", request.templateParameters(), List.of(), now);
        Instant leaseUntil = now.minusSeconds(1);
        stored.claimedOnArrival(leaseUntil, "a-stopped-instance");
        // What the intake of the stopped instance wrote: the claimed notification and its entry due at the lease's end
        // (here the other way round, so that the poll never finds the entry before the notification).
        assertThat(notifications.insertIfAbsent(stored)).isTrue();
        queue.enqueue(requestId, leaseUntil);

        NotificationView sent = awaitState(requestId, "SENT");

        assertThat(sent.history()).extracting(NotificationView.AttemptView::reasonCode).first().isEqualTo("INTERRUPTED");
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(awaitMessagesTo(email, 1)).hasSize(1);
        awaitLeftTheQueue(requestId);
        assertThat(messagesTo(email)).hasSize(1);
    }

    /** A scheduled send's time comes: its notification and its queue entry are due now (as if the clock moved on). */
    private void itsTimeHasCome(String requestId) {
        Instant now = Instant.now();
        mongo.updateFirst(query(where("_id").is(requestId)), new Update().set("dueAt", now).inc("version", 1),
                Notification.COLLECTION);
        mongo.updateFirst(query(where("_id").is(requestId)), new Update().set("dueAt", now), DispatchQueue.COLLECTION);
    }

    private void awaitLeftTheQueue(String requestId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> queue.find(requestId).isEmpty());
    }

    /** The start-up backfill searches the notifications once, just before the first poll reads the queue. */
    private void awaitAPollAfterTheStartUpBackfill() {
        commands.start();
        awaitPolls(1);
    }

    /** Waits until the dispatcher has read the queue {@code polls} times since recording started. */
    private void awaitPolls(int polls) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> commands.recorded().stream().filter(MongoCommands.Command::fromDispatcher)
                        .filter(command -> command.collection().equals(DispatchQueue.COLLECTION))
                        .filter(command -> command.name().equals("find")).count() >= polls);
    }

    private double claims(String by) {
        var counter = meters.find("plaza.notifications.claims").tag("by", by).counter();
        return counter == null ? 0 : counter.count();
    }

    private NotificationRequested reminder(String requestId, String email, Instant sendAt) {
        return ScheduledSendTest.reminder(requestId, email, sendAt, uniqueId("shift"), uniqueId("signup"));
    }
}
