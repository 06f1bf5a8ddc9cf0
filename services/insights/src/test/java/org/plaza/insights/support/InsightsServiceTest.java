package org.plaza.insights.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.plaza.events.PlazaEvent;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.MeterRegistry;

import tools.jackson.databind.json.JsonMapper;

/**
 * The base of the insights tests that feed events and read the dashboard: the shared context ({@link InsightsTest}),
 * the test events, the staff tokens, {@link #api()} to call the running service as a staff member, and the steps
 * that prove a projection idempotent: publishing a story, delivering it again (same ids, then new ids as after a
 * crash) and rebuilding everything by replay.
 */
@InsightsTest
public abstract class InsightsServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Autowired protected KafkaTestEvents events;
    @Autowired protected StaffTokens tokens;
    @Autowired protected JsonMapper json;
    @Autowired protected MongoTemplate mongo;
    @Autowired protected MeterRegistry meters;
    @Autowired protected KafkaConnectionDetails kafka;
    @LocalServerPort protected int port;

    private Api api;

    /** The running service, called as a staff member with a token of the test issuer. */
    protected Api api() {
        if (api == null) {
            api = new Api(port, tokens, json);
        }
        return api;
    }

    /** Publishes each event with a new {@code ce_id}; returns the ids, in order. */
    protected List<String> publishAll(List<? extends PlazaEvent> story) {
        List<String> ids = new ArrayList<>();
        for (PlazaEvent event : story) {
            ids.add(UUID.randomUUID().toString());
            events.publish(event, ids.get(ids.size() - 1));
        }
        return ids;
    }

    /**
     * Delivers the story again with the same ids (duplicates: the memory skips them, an idempotent handler runs
     * again), then with new ids (a redelivery after a crash), and waits until the live consumers have taken all of
     * them: every record committed, each one handled or skipped as a duplicate (none failed), and every one with a
     * new id handled. Whatever the projections show next is what a redelivery left.
     */
    protected void deliverAgain(List<? extends PlazaEvent> story, List<String> ids) {
        try (LiveConsumption consumption = consumption()) {
            LiveConsumption.Counts before = consumption.settled(WAIT);
            for (int i = 0; i < story.size(); i++) {
                events.publish(story.get(i), ids.get(i));
            }
            publishAll(story);
            LiveConsumption.Counts again = consumption.settled(WAIT).since(before);
            assertThat(again.taken()).as("records delivered again, each handled or skipped as a duplicate")
                    .isGreaterThanOrEqualTo(2L * story.size());
            assertThat(again.handled()).as("records redelivered with new ids, each handled")
                    .isGreaterThanOrEqualTo(story.size());
        }
    }

    /** What the live consumers have taken, from their consumer group's offsets and the consumed-event counts. */
    protected LiveConsumption consumption() {
        return new LiveConsumption(String.join(",", kafka.getBootstrapServers()), meters);
    }

    /** Rebuilds every projection from the topics, as an administrator, and waits until it is done. */
    protected void replay() {
        Api.Answer started = api().post("/api/staff/insights/replay", "admin-1", Role.ADMIN);
        assertThat(started.status()).isEqualTo(202);
        await().atMost(WAIT).until(() -> api().getJson("/api/staff/insights/replay", "admin-1", Role.ADMIN),
                status -> "DONE".equals(status.get("state").asString()));
    }
}
