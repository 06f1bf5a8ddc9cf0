package org.plaza.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plaza.notifications.MongoCommands;
import org.plaza.notifications.NotificationsServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * A request that is due at once is claimed without searching for it: stored already claimed when a sender is free,
 * else claimed by its id as soon as one is. Never found at the poll (which reads the dispatch queue of unfinished
 * notifications, here once an hour).
 */
@TestPropertySource(properties = "plaza.notifications.delivery.poll-interval=1h")
class DueNowTest extends NotificationsServiceTest {

    @Autowired
    MeterRegistry meters;

    @Autowired
    MongoCommands commands;

    @Autowired
    DispatchQueue queue;

    @AfterEach
    void stopRecording() {
        commands.stop();
    }

    @Test
    void requestsDueAtOnceAreClaimedByTheirIdsWithoutSearchingForDueNotifications() {
        double searchedBefore = claims("search");
        double byIdBefore = claims("id") + claims("arrival");
        List<String> requestIds = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String requestId = uniqueId("ntf-due-now");
            requestIds.add(requestId);
            events.publish(verification(requestId, i % 2 == 0 ? "es" : "en", address("example.org")));
        }

        requestIds.forEach(requestId -> awaitState(requestId, "SENT"));

        assertThat(claims("id") + claims("arrival") - byIdBefore).isEqualTo(10);
        assertThat(claims("search") - searchedBefore).isZero();
    }

    /**
     * The unique insert is the claim: no read of the request id before it, no claim after it; the queue entry is
     * written once (before the insert) and removed once, by the removal of finished entries.
     */
    @Test
    void aCodeArrivingWhileASenderIsFreeIsStoredClaimedAndSentWithoutAReadOrAClaimOfItsOwn() {
        String requestId = uniqueId("ntf-arrival");
        String email = address("example.org");
        double onArrivalBefore = claims("arrival");
        commands.start();

        events.publish(verification(requestId, "es", email));

        NotificationView sent = awaitState(requestId, "SENT");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> queue.find(requestId).isEmpty());
        assertThat(awaitMessagesTo(email, 1)).hasSize(1);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(claims("arrival") - onArrivalBefore).isEqualTo(1);
        String testThread = Thread.currentThread().getName();
        List<MongoCommands.Command> itsCommands = commands.recorded().stream()
                .filter(command -> requestId.equals(command.id()))
                .filter(command -> !command.thread().equals(testThread) && !command.thread().startsWith("awaitility"))
                .toList();
        assertThat(itsCommands).filteredOn(command -> command.collection().equals(Notification.COLLECTION))
                .extracting(MongoCommands.Command::name).doesNotContain("find", "findAndModify");
        assertThat(itsCommands).filteredOn(command -> command.collection().equals(DispatchQueue.COLLECTION))
                .extracting(MongoCommands.Command::name).containsExactlyInAnyOrder("update", "delete");
    }

    private double claims(String by) {
        var counter = meters.find("plaza.notifications.claims").tag("by", by).counter();
        return counter == null ? 0 : counter.count();
    }
}
