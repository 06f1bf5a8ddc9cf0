package org.plaza.insights.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plaza.insights.support.Fixtures.attended;
import static org.plaza.insights.support.Fixtures.campaign;
import static org.plaza.insights.support.Fixtures.comment;
import static org.plaza.insights.support.Fixtures.drive;
import static org.plaza.insights.support.Fixtures.id;
import static org.plaza.insights.support.Fixtures.invalidated;
import static org.plaza.insights.support.Fixtures.now;
import static org.plaza.insights.support.Fixtures.petition;
import static org.plaza.insights.support.Fixtures.shift;
import static org.plaza.insights.support.Fixtures.signature;
import static org.plaza.insights.support.Fixtures.signedUp;
import static org.plaza.insights.support.Fixtures.signupCancelled;
import static org.plaza.insights.support.Fixtures.volunteer;
import static org.plaza.insights.support.Fixtures.withdrawn;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.plaza.events.PlazaEvent;
import org.plaza.events.comments.CommentSubmitted.Position;
import org.plaza.events.petitions.SignaturesRestored;
import org.plaza.insights.projection.Facts;
import org.plaza.insights.support.Api;
import org.plaza.insights.support.ConsumerGroupLag;
import org.plaza.insights.support.InsightsTest;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fault drill: "a consuming service killed (SIGKILL) mid-stream and restarted: projections end exact".
 * The insights service runs as a child JVM on this test's Kafka and MongoDB (a consumer group and a
 * database of its own, so the in-JVM insights of the other tests does not share its partitions). A
 * campaign's stream of several thousand events is published while it consumes; once it has counted
 * some signatures but not all, it is killed with SIGKILL and a new child starts on the same group and
 * database. The records the first one had handled but not committed come again to the second, whose handlers (most
 * of them idempotent on their own, without the memory of handled events) must leave each fact as one delivery does:
 * once the group has committed every published record, the numbers must be exactly what was published.
 */
@InsightsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsumerKilledMidStreamDrillTest {

    private static final Logger log = LoggerFactory.getLogger(ConsumerKilledMidStreamDrillTest.class);
    private static final int SIGNATURES = 2400;
    private static final int KILL_AFTER_SIGNATURES = SIGNATURES / 6;
    private static final Duration WAIT = Duration.ofMinutes(6);
    private static final int SIGKILL_STATUS = 128 + 9;

    @Autowired StaffTokens tokens;
    @Autowired JsonMapper json;
    @Autowired KafkaConnectionDetails kafka;
    @Autowired MongoConnectionDetails mongoDetails;

    private final List<ChildInsights> children = new ArrayList<>();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private MongoClient mongoClient;
    private MongoDatabase database;
    private List<String> properties;
    private String group;
    private ConsumerGroupLag lag;

    @BeforeAll
    void childConfiguration() {
        ConnectionString shared = mongoDetails.getConnectionString();
        String databaseName = "insights_drill_" + run;
        String uri = "mongodb://" + String.join(",", shared.getHosts()) + "/" + databaseName
                + "?socketTimeoutMS=30000&connectTimeoutMS=5000&serverSelectionTimeoutMS=10000";
        mongoClient = MongoClients.create(uri);
        database = mongoClient.getDatabase(databaseName);
        group = "insights-drill-" + run;
        lag = new ConsumerGroupLag(bootstrapServers());
        properties = List.of(
                "spring.profiles.active=test",
                "spring.kafka.bootstrap-servers=" + bootstrapServers(),
                "spring.mongodb.uri=" + uri,
                StaffTokens.ISSUER_URI_PROPERTY + "=" + tokens.issuer(),
                "spring.cloud.stream.default.group=" + group,
                "spring.cloud.stream.bindings.deadLetters-in-0.group=" + group + "-dead-letters",
                // A restarted member should not wait the default 45 s for the killed one's partitions.
                "spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms=6000",
                "spring.cloud.stream.kafka.binder.consumer-properties.heartbeat.interval.ms=1000",
                "plaza.insights.health-interval=1h");
    }

    @AfterAll
    void killChildrenAndDropTheirDatabase() {
        for (ChildInsights child : children) {
            child.close();
        }
        if (database != null) {
            database.drop();
        }
        if (mongoClient != null) {
            mongoClient.close();
        }
        if (lag != null) {
            lag.close();
        }
    }

    @Test
    void projectionsEndExactAfterTheConsumerIsKilledMidStreamAndRestarted() {
        Story story = new Story(id("drill-cmp"));
        ChildInsights first = start("insights-first-" + run);

        try (BulkPublisher publisher = new BulkPublisher(bootstrapServers(), json)) {
            for (Published event : story.events) {
                publisher.publish(event.event(), event.ceId());
            }
            publisher.flush();
        }
        Map<TopicPartition, Long> published = lag.ends(ConsumerGroupLag.domainTopics());

        await("the first child counting some signatures").atMost(WAIT).pollInterval(Duration.ofMillis(50))
                .until(() -> verifiedSignatures(story.campaignId) >= KILL_AFTER_SIGNATURES);
        int status = first.kill();
        long countedAtKill = verifiedSignatures(story.campaignId);
        long untakenAtKill = lag.behind(group, published);
        log.info("Drill: killed {} with status {}; it had counted {} of {} signatures and not committed {} records",
                first, status, countedAtKill, SIGNATURES, untakenAtKill);
        assertThat(status).as("exit status of a SIGKILL").isEqualTo(SIGKILL_STATUS);
        assertThat(countedAtKill).as("signatures counted when killed: some, not all").isBetween(1L, SIGNATURES - 1L);
        assertThat(untakenAtKill).as("records not committed when killed").isPositive();

        ChildInsights second = start("insights-second-" + run);

        await("every published event handled by the restarted child").atMost(WAIT).pollInterval(Duration.ofSeconds(2))
                .until(() -> count(Facts.SIGNATURES, story.campaignId) == SIGNATURES
                        && count(Facts.ATTENDANCE, story.campaignId) == story.minutes.size()
                        && lag.behind(group, published) == 0);
        Api api = new Api(second.port(), tokens, json);
        JsonNode detail = await("the restarted child's campaign totals").atMost(WAIT).ignoreExceptions()
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> api.getJson("/api/staff/insights/campaigns/" + story.campaignId, "op-drill", Role.OPERATOR),
                        answer -> answer.at("/totals/signatures").asLong() == story.expectedSignatures());

        JsonNode totals = detail.get("totals");
        assertThat(totals.get("signatures").asLong()).isEqualTo(story.expectedSignatures());
        assertThat(totals.get("comments").asLong()).isEqualTo(story.expectedComments());
        assertThat(totals.get("volunteers").asLong()).isEqualTo(story.volunteers.size());
        assertThat(totals.get("signups").asLong()).isEqualTo(story.expectedSignups());
        assertThat(totals.get("minutesServed").asLong()).isEqualTo(story.expectedMinutes());
        assertThat(totals.get("shifts").asLong()).isEqualTo(story.shifts.size());
        assertThat(totals.get("petitions").asLong()).isEqualTo(2);
        assertThat(totals.get("drives").asLong()).isEqualTo(1);
        Map<String, Long> perPetition = new HashMap<>();
        detail.get("petitions").forEach(row -> perPetition.put(row.get("id").asString(), row.get("signatures").asLong()));
        assertThat(perPetition).isEqualTo(story.expectedSignaturesByPetition());
        Map<String, Long> positions = new LinkedHashMap<>();
        detail.get("commentsByPosition").properties().forEach(e -> positions.put(e.getKey(), e.getValue().asLong()));
        assertThat(positions).isEqualTo(Map.of(Position.OPPOSE.name(), story.expectedComments()));

        assertThat(count(Facts.SIGNATURES, story.campaignId)).isEqualTo(SIGNATURES);
        assertThat(count(Facts.COMMENTS, story.campaignId)).isEqualTo(story.comments.size());
        assertThat(count(Facts.VOLUNTEERS, story.campaignId)).isEqualTo(story.volunteers.size());
        assertThat(count(Facts.SIGNUPS, story.campaignId)).isEqualTo(story.signups.size());
        assertThat(count(Facts.ATTENDANCE, story.campaignId)).isEqualTo(story.minutes.size());
        assertThat(lag.behind(group, published)).as("records the restarted child has not committed").isZero();
    }

    private ChildInsights start(String name) {
        ChildInsights child = ChildInsights.start(name, properties);
        children.add(child);
        log.info("Drill: started {}", child);
        return child;
    }

    private String bootstrapServers() {
        return String.join(",", kafka.getBootstrapServers());
    }

    private long verifiedSignatures(String campaignId) {
        return database.getCollection(Facts.SIGNATURES)
                .countDocuments(Filters.and(Filters.eq("campaignId", campaignId), Filters.eq("verified", true)));
    }

    private long count(String collection, String campaignId) {
        return database.getCollection(collection).countDocuments(Filters.eq("campaignId", campaignId));
    }

    private record Published(PlazaEvent event, String ceId) {
    }

    /**
     * A campaign's stream and what it must add up to: signatures on two petitions (a hundred of them
     * invalidated in one batch, forty restored), comments revised and some withdrawn, volunteers
     * signing up for shifts, some cancelling, others checked in with a corrected number of minutes.
     */
    private static final class Story {

        final String campaignId;
        final List<Published> events = new ArrayList<>();
        final String[] petitions = { id("drill-pet"), id("drill-pet") };
        final String driveId = id("drill-drv");
        final List<String> shifts = List.of(id("drill-shf"), id("drill-shf"), id("drill-shf"), id("drill-shf"));
        final Map<String, String> signatures = new LinkedHashMap<>();
        final Set<String> invalid = new LinkedHashSet<>();
        final Map<String, Boolean> comments = new LinkedHashMap<>();
        final Set<String> volunteers = new LinkedHashSet<>();
        final Map<String, Boolean> signups = new LinkedHashMap<>();
        final Map<String, Integer> minutes = new LinkedHashMap<>();

        Story(String campaignId) {
            this.campaignId = campaignId;
            Instant now = now();
            add(campaign(campaignId, "Simulacro", "Drill", "org-drill"));
            for (String petition : petitions) {
                add(petition(petition, campaignId, now.plus(30, ChronoUnit.DAYS)));
            }
            add(drive(driveId, campaignId, now.plus(20, ChronoUnit.DAYS), now.plus(19, ChronoUnit.DAYS)));
            for (String shift : shifts) {
                add(shift(shift, campaignId, now.plus(5, ChronoUnit.DAYS), 40, 5));
            }
            Map<String, Integer> openSpots = new HashMap<>();
            List<String> batch = new ArrayList<>();
            for (int i = 0; i < SIGNATURES; i++) {
                String signatureId = campaignId + "-sig-" + i;
                String petition = petitions[i % 2];
                signatures.put(signatureId, petition);
                add(signature(signatureId, petition, campaignId, supporter(i), i % 3 == 0 ? "OASIS" : "MECCA",
                        i % 4 == 0 ? "en" : "es"));
                if (i < 200 && i % 2 == 0) {
                    batch.add(signatureId);
                }
                if (i == 400) {
                    add(invalidated(petitions[0], campaignId, "drill-batch", batch.toArray(String[]::new)));
                    invalid.addAll(batch);
                }
                if (i == 1200) {
                    List<String> restored = batch.subList(0, 40);
                    add(new SignaturesRestored(petitions[0], campaignId, "drill-batch", restored, Map.of("MECCA", 40),
                            "org-drill", now));
                    restored.forEach(invalid::remove);
                }
                if (i % 10 == 3) {
                    String commentId = campaignId + "-cmt-" + i;
                    add(comment(commentId, driveId, campaignId, supporter(i), Position.SUPPORT, 1));
                    comments.put(commentId, true);
                }
                if (i % 10 == 8) {
                    String commentId = campaignId + "-cmt-" + (i - 5);
                    add(comment(commentId, driveId, campaignId, supporter(i - 5), Position.OPPOSE, 2));
                    if ((i / 10) % 5 == 0) {
                        add(withdrawn(commentId, driveId, campaignId, supporter(i - 5)));
                        comments.put(commentId, false);
                    }
                }
                if (i % 25 == 7) {
                    String volunteerId = campaignId + "-vol-" + i;
                    String signupId = campaignId + "-su-" + i;
                    String shift = shifts.get((i / 25) % shifts.size());
                    int open = openSpots.merge(shift, -1, Integer::sum) + 40;
                    add(volunteer(volunteerId, supporter(i), campaignId));
                    add(signedUp(signupId, shift, campaignId, volunteerId, supporter(i), open));
                    volunteers.add(volunteerId);
                    signups.put(signupId, true);
                }
                if (i % 25 == 17) {
                    int j = i - 10;
                    String volunteerId = campaignId + "-vol-" + j;
                    String signupId = campaignId + "-su-" + j;
                    String shift = shifts.get((j / 25) % shifts.size());
                    switch ((i / 25) % 3) {
                        case 0 -> {
                            int open = openSpots.merge(shift, 1, Integer::sum) + 40;
                            add(signupCancelled(signupId, shift, campaignId, volunteerId, supporter(j), open));
                            signups.put(signupId, false);
                        }
                        case 1 -> {
                            add(attended(signupId, shift, campaignId, volunteerId, supporter(j), 120, 1));
                            add(attended(signupId, shift, campaignId, volunteerId, supporter(j), 90, 2));
                            minutes.put(signupId, 90);
                        }
                        default -> {
                            add(attended(signupId, shift, campaignId, volunteerId, supporter(j), 60, 1));
                            minutes.put(signupId, 60);
                        }
                    }
                }
            }
        }

        private String supporter(int i) {
            return campaignId + "-sup-" + i;
        }

        private void add(PlazaEvent event) {
            events.add(new Published(event, UUID.randomUUID().toString()));
        }

        long expectedSignatures() {
            return signatures.size() - invalid.size();
        }

        Map<String, Long> expectedSignaturesByPetition() {
            Map<String, Long> counts = new HashMap<>();
            signatures.forEach((signatureId, petition) -> {
                if (!invalid.contains(signatureId)) {
                    counts.merge(petition, 1L, Long::sum);
                }
            });
            return counts;
        }

        long expectedComments() {
            return comments.values().stream().filter(Boolean::booleanValue).count();
        }

        long expectedSignups() {
            return signups.values().stream().filter(Boolean::booleanValue).count();
        }

        long expectedMinutes() {
            return minutes.values().stream().mapToLong(Integer::longValue).sum();
        }
    }
}
