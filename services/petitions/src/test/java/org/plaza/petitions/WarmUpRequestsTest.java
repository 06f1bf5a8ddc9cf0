package org.plaza.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.starter.warmup.WarmUp;
import org.plaza.starter.warmup.WarmUpWrites;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.mongo.DocumentCounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What petitions runs before it reports ready (starter's warm-up): the requests it sends itself
 * ({@code plaza.warm-up.requests} in application.yml) run the signing API and a page on a petition that does not
 * exist, each answered 404; its {@link WarmUp} steps sign and confirm in the warm-up collection. Neither stores
 * anything anywhere else nor publishes any event another service consumes.
 */
@PetitionsTest
class WarmUpRequestsTest {

    @Autowired
    Environment environment;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    List<WarmUp> warmUps;
    @LocalServerPort
    int port;

    @Test
    void theWarmUpRequestsFindNoPetitionAndStoreOrPublishNothing() throws Exception {
        List<String> requests = Binder.get(environment)
                .bind("plaza.warm-up.requests", Bindable.listOf(String.class)).orElse(List.of());
        assertThat(requests).isNotEmpty();
        long signatures = mongo.getCollection("signatures").countDocuments();
        long petitions = mongo.getCollection("petitions").countDocuments();
        Position before = events.positionOf(NotificationRequested.class, SignatureVerified.class,
                SupporterContactShared.class);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        for (String language : List.of("es", "en")) {
            for (String line : requests) {
                String[] parts = line.strip().split("\\s+", 3);
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + parts[1]))
                        .header("Accept-Language", language).timeout(Duration.ofSeconds(30));
                if (parts.length == 3) {
                    request.header("Content-Type", "application/json").header("Accept", "application/json")
                            .method(parts[0], HttpRequest.BodyPublishers.ofString(parts[2]));
                } else {
                    request.header("Accept", "text/html").method(parts[0], HttpRequest.BodyPublishers.noBody());
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(line).isEqualTo(404);
            }
        }

        assertThat(mongo.getCollection("signatures").countDocuments()).isEqualTo(signatures);
        assertThat(mongo.getCollection("petitions").countDocuments()).isEqualTo(petitions);
        events.assertNoEvent(before, NotificationRequested.class, any -> true, Duration.ofSeconds(3));
        events.assertNoEvent(before, SignatureVerified.class, any -> true, Duration.ofSeconds(1));
        events.assertNoEvent(before, SupporterContactShared.class, any -> true, Duration.ofSeconds(1));
    }

    @Test
    void theWarmUpStepsSignAndConfirmOnlyInTheWarmUpCollectionAndPublishNothingAnyServiceConsumes() throws Exception {
        assertThat(warmUps).isNotEmpty();
        Map<String, Long> before = DocumentCounts.settled(mongo);
        Position events = this.events.positionOf(NotificationRequested.class, SignatureVerified.class,
                SupporterContactShared.class);

        for (WarmUp warmUp : warmUps) {
            warmUp.warmUp();
        }

        Map<String, Long> after = DocumentCounts.of(mongo);
        assertThat(after.getOrDefault(WarmUpWrites.COLLECTION, 0L)).isZero();
        after.remove(WarmUpWrites.COLLECTION);
        before.remove(WarmUpWrites.COLLECTION);
        assertThat(after).isEqualTo(before);
        this.events.assertNoEvent(events, NotificationRequested.class, any -> true, Duration.ofSeconds(3));
        this.events.assertNoEvent(events, SignatureVerified.class, any -> true, Duration.ofSeconds(1));
        this.events.assertNoEvent(events, SupporterContactShared.class, any -> true, Duration.ofSeconds(1));
    }
}
