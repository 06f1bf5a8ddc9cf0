package org.plaza.starter.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** The ping check against mongo-java-server: UP while it answers, DOWN once it is gone. */
class MongoPingHealthIndicatorTest {

    @Test
    void isUpWhileMongoAnswersAndDownWhenItStops() {
        MongoServer server = new MongoServer(new MemoryBackend());
        String uri = server.bindAndGetConnectionString() + "/?serverSelectionTimeoutMS=2000&connectTimeoutMS=2000";
        try (MongoClient client = MongoClients.create(uri)) {
            MongoPingHealthIndicator indicator = new MongoPingHealthIndicator(client);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(
                    () -> assertThat(indicator.health().getStatus()).isEqualTo(Status.UP));

            server.shutdownNow();

            assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
        } finally {
            server.shutdownNow();
        }
    }
}
