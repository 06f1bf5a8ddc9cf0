package org.plaza.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.notifications.NotificationsServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * A request that is due at once is claimed by its id, not found at the poll (which reads the dispatch queue of
 * unfinished notifications, here once an hour).
 */
@TestPropertySource(properties = "plaza.notifications.delivery.poll-interval=1h")
class DueNowTest extends NotificationsServiceTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void requestsDueAtOnceAreClaimedByTheirIdsWithoutSearchingForDueNotifications() {
        double searchedBefore = claims("search");
        double byIdBefore = claims("id");
        List<String> requestIds = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String requestId = uniqueId("ntf-due-now");
            requestIds.add(requestId);
            events.publish(verification(requestId, i % 2 == 0 ? "es" : "en", address("example.org")));
        }

        requestIds.forEach(requestId -> awaitState(requestId, "SENT"));

        assertThat(claims("id") - byIdBefore).isEqualTo(10);
        assertThat(claims("search") - searchedBefore).isZero();
    }

    private double claims(String by) {
        var counter = meters.find("plaza.notifications.claims").tag("by", by).counter();
        return counter == null ? 0 : counter.count();
    }
}
