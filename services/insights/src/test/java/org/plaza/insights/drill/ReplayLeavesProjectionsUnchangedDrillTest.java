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
import static org.plaza.insights.support.Fixtures.team;
import static org.plaza.insights.support.Fixtures.volunteer;
import static org.plaza.insights.support.Fixtures.withdrawn;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.plaza.events.PlazaEvent;
import org.plaza.events.campaigns.CampaignClosed;
import org.plaza.events.campaigns.CampaignUpdated;
import org.plaza.events.comments.CommentDriveClosed;
import org.plaza.events.comments.CommentModerated;
import org.plaza.events.comments.CommentPacketCompiled;
import org.plaza.events.comments.CommentPacketDelivered;
import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.comments.CommentSubmitted.Position;
import org.plaza.events.identity.StaffActionAudited;
import org.plaza.events.notifications.NotificationFailed;
import org.plaza.events.outreach.ShiftCancelled;
import org.plaza.events.outreach.ShiftPromoted;
import org.plaza.events.outreach.ShiftUnderstaffed;
import org.plaza.events.outreach.ShiftWaitlisted;
import org.plaza.events.outreach.TrainingCompleted;
import org.plaza.events.outreach.VolunteerRegistered;
import org.plaza.events.petitions.PetitionClosed;
import org.plaza.events.petitions.PetitionDelivered;
import org.plaza.events.petitions.PetitionMilestoneReached;
import org.plaza.events.petitions.PetitionResponded;
import org.plaza.events.petitions.SignatureRateSpiked;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.events.petitions.SignaturesRestored;
import org.plaza.insights.projection.messaging.ProjectionConsumers;
import org.plaza.insights.support.ConsumerGroupLag;
import org.plaza.insights.support.InsightsServiceTest;
import org.plaza.insights.support.LiveConsumption;
import org.plaza.starter.messaging.ProcessedEvents;
import org.plaza.testsupport.events.CloudEventHeaders;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import com.mongodb.client.model.Filters;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fault drill: "replay of every topic from the start leaves every projection unchanged". Events of
 * every type insights consumes (with duplicates, redeliveries under new ids, an invalidation that
 * arrives before the signature it names, a poison message and an unknown type) are consumed live, every
 * record taken by a handler (the consumer group's offsets and the consumed-event counts, not the memory of
 * handled events, which the idempotent handlers do not use); then every projection collection is copied, an
 * admin starts the replay, and after it every document of every projection, the processed-event memory (of the
 * handlers that keep it) and the campaign's dashboard answer are the same.
 * The snapshot covers the whole database the shared context's tests wrote, not just this campaign.
 */
class ReplayLeavesProjectionsUnchangedDrillTest extends InsightsServiceTest {

    private static final Logger log = LoggerFactory.getLogger(ReplayLeavesProjectionsUnchangedDrillTest.class);
    private static final Duration WAIT = Duration.ofMinutes(6);
    private static final int SIGNATURES = 600;
    private static final String LIVE_GROUP = "insights";
    private static final String DEAD_LETTER_GROUP = "insights-dead-letters";
    private static final String DEAD_LETTERS = "insights_dead_letters";

    @Autowired ProjectionConsumers consumers;
    @Autowired Environment environment;

    @Test
    void replayOfEveryTopicFromTheStartLeavesEveryProjectionUnchanged() {
        String campaignId = id("replay-cmp");
        Story written = story(campaignId);
        List<PlazaEvent> story = written.events();
        Set<String> handled = new HashSet<>();
        List<String> ceIds = new ArrayList<>();
        long records = 0;
        String poisonId = UUID.randomUUID().toString();
        LiveConsumption.Counts consumedBefore;
        try (LiveConsumption consumption = consumption()) {
            consumedBefore = consumption.settled(WAIT);
        }
        try (BulkPublisher events = new BulkPublisher(String.join(",", kafka.getBootstrapServers()), json)) {
            for (PlazaEvent event : story) {
                String ceId = UUID.randomUUID().toString();
                events.publish(event, ceId);
                ceIds.add(ceId);
                handled.add(ceId);
                records++;
            }
            for (int i = 0; i < story.size(); i += 7) {
                events.publish(story.get(i), ceIds.get(i));
                records++;
            }
            // Redelivered under new ids, as after a producer crash: facts keyed by their own ids.
            for (int i = 3; i < story.size(); i += 11) {
                if (!(story.get(i) instanceof SignatureVerified || story.get(i) instanceof CommentSubmitted
                        || story.get(i) instanceof VolunteerRegistered)) {
                    continue;
                }
                String ceId = UUID.randomUUID().toString();
                events.publish(story.get(i), ceId);
                handled.add(ceId);
                records++;
            }
            PlazaEvent template = story.stream().filter(SignatureVerified.class::isInstance).findFirst().orElseThrow();
            Map<String, String> poison = new LinkedHashMap<>(CloudEventHeaders.of(template, poisonId, Instant.now()));
            events.publishRaw(KafkaTestEvents.topicOf(SignatureVerified.class), template.subject(), poison,
                    "{\"signatureId\": ".getBytes(StandardCharsets.UTF_8));
            Map<String, String> unknown = new LinkedHashMap<>(CloudEventHeaders.of(template, UUID.randomUUID().toString(),
                    Instant.now()));
            unknown.put(CloudEventHeaders.TYPE, "org.plaza.petitions.SignatureTeleported.v9");
            events.publishRaw(KafkaTestEvents.topicOf(SignatureVerified.class), template.subject(), unknown,
                    "{}".getBytes(StandardCharsets.UTF_8));
            events.flush();
        }

        String path = "/api/staff/insights/campaigns/" + campaignId;
        long published = records;
        try (ConsumerGroupLag lag = new ConsumerGroupLag(String.join(",", kafka.getBootstrapServers()));
                LiveConsumption consumption = consumption()) {
            await("every event handled live, the poison message dead-lettered, no lag").atMost(WAIT)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> stillWaitingFor(lag, consumption.counts().since(consumedBefore), published,
                            handled.size(), poisonId), String::isEmpty);
        }
        ProjectionSnapshot before = ProjectionSnapshot.of(mongo.getDb());
        Set<String> memoryBefore = memory();
        assertThat(memoryBefore).as("no memory of the events whose handlers are idempotent on their own")
                .doesNotContainAnyElementsOf(keys(ceIds, story, SignatureVerified.class))
                .containsAll(keys(ceIds, story, SignaturesRestored.class));
        JsonNode numbersBefore = numbers(api().getJson(path, "op-replay", Role.OPERATOR));
        assertThat(numbersBefore.at("/totals/signatures").asLong()).isEqualTo(written.countedSignatures());
        log.info("Drill: snapshot before replay, {} documents: {}", before.documents(), before.sizes());

        String admin = "admin-replay-drill-" + UUID.randomUUID().toString().substring(0, 8);
        await("the replay accepted").atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> api().post("/api/staff/insights/replay", admin, Role.ADMIN).status() == 202);
        JsonNode replay = await("the replay finished").atMost(WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> api().getJson("/api/staff/insights/replay", admin, Role.ADMIN),
                        status -> admin.equals(status.get("requestedBy").asString())
                                && !"RUNNING".equals(status.get("state").asString()));
        log.info("Drill: replay {}", replay);
        assertThat(replay.get("state").asString()).isEqualTo("DONE");
        assertThat(replay.get("processed").asLong()).isEqualTo(replay.get("total").asLong());
        assertThat(replay.get("total").asLong()).isGreaterThanOrEqualTo(ceIds.size());
        assertThat(replay.get("skipped").asLong()).as("the poison message, skipped").isGreaterThanOrEqualTo(1);

        ProjectionSnapshot after = ProjectionSnapshot.of(mongo.getDb());
        assertThat(after.differencesFrom(before, 20)).as("projection documents that changed in the replay").isEmpty();
        assertThat(after.sizes()).isEqualTo(before.sizes());
        assertThat(memory()).as("the processed-event memory").isEqualTo(memoryBefore);
        assertThat(numbers(api().getJson(path, "op-replay", Role.OPERATOR))).isEqualTo(numbersBefore);
    }

    @Test
    void replayReadsEveryDomainTopicTheLiveBindingsConsumeButNotTheDeadLetterTopics() {
        Set<String> bound = new TreeSet<>();
        for (String function : environment.getRequiredProperty("spring.cloud.function.definition").split(";")) {
            bound.add(environment.getRequiredProperty("spring.cloud.stream.bindings." + function + "-in-0.destination"));
        }
        Set<String> deadLetters = new TreeSet<>(bound);
        deadLetters.removeAll(consumers.topics());

        assertThat(consumers.topics()).isEqualTo(new TreeSet<>(ConsumerGroupLag.domainTopics()));
        assertThat(bound).containsAll(consumers.topics());
        assertThat(deadLetters).as("consumed live but not replayed").containsExactly("error\\..*");
    }

    /** A campaign's events, and how many of its signatures count. */
    private record Story(List<PlazaEvent> events, long countedSignatures) {
    }

    /** Every event type insights consumes, for one campaign. */
    private static Story story(String campaignId) {
        Instant now = now();
        String petition = id("replay-pet");
        String driveId = id("replay-drv");
        String shiftA = id("replay-shf");
        String shiftB = id("replay-shf");
        String shiftC = id("replay-shf");
        String packet = id("replay-pkt");
        List<PlazaEvent> story = new ArrayList<>(List.of(
                campaign(campaignId, "Repetición", "Replay", "org-r1"),
                new CampaignUpdated(campaignId, "Repetición total", "Full replay", "WATER_AND_HOUSING_INFRASTRUCTURE",
                        List.of("MECCA", "THERMAL"), LocalDate.now().minusDays(9), LocalDate.now().plusDays(70),
                        "staff-lead", now),
                team(campaignId, "org-r1", "org-r2"),
                petition(petition, campaignId, now.plus(3, ChronoUnit.DAYS)),
                drive(driveId, campaignId, now.plus(6, ChronoUnit.DAYS), now.plus(5, ChronoUnit.DAYS)),
                shift(shiftA, campaignId, now.minus(1, ChronoUnit.DAYS), 3, 2),
                shift(shiftB, campaignId, now.plus(2, ChronoUnit.DAYS), 4, 3),
                shift(shiftC, campaignId, now.plus(4, ChronoUnit.DAYS), 2, 1)));
        String late = campaignId + "-sig-late";
        List<String> batch = new ArrayList<>(List.of(late));
        for (int i = 0; i < SIGNATURES - 1; i++) {
            String signatureId = campaignId + "-sig-" + i;
            String supporter = campaignId + "-sup-" + i;
            story.add(signature(signatureId, petition, campaignId, supporter, i % 3 == 0 ? "OASIS" : "MECCA",
                    i % 5 == 0 ? "en" : "es"));
            if (i % 20 == 0) {
                batch.add(signatureId);
            }
            if (i % 10 == 1) {
                String commentId = campaignId + "-cmt-" + i;
                story.add(comment(commentId, driveId, campaignId, supporter, Position.SUPPORT, 1));
                if (i % 30 == 1) {
                    story.add(comment(commentId, driveId, campaignId, supporter, Position.NEUTRAL, 2));
                }
                if (i % 100 == 1) {
                    story.add(withdrawn(commentId, driveId, campaignId, supporter));
                }
                if (i % 50 == 11) {
                    story.add(new CommentModerated(commentId, driveId, campaignId,
                            i % 100 == 11 ? CommentModerated.Decision.REJECTED : CommentModerated.Decision.APPROVED,
                            i % 100 == 11 ? "OFF_TOPIC" : null, false, "mod-1", now));
                }
            }
            if (i % 50 == 2) {
                story.add(volunteer(campaignId + "-vol-" + i, supporter, campaignId));
            }
        }
        story.add(invalidated(petition, campaignId, "replay-batch", batch.toArray(String[]::new)));
        story.add(signature(late, petition, campaignId, campaignId + "-sup-late", "THERMAL", "es"));
        story.add(new SignaturesRestored(petition, campaignId, "replay-batch", batch.subList(1, 23), Map.of("MECCA", 22),
                "org-r1", now));
        String vol = campaignId + "-vol-";
        story.addAll(List.of(
                new PetitionMilestoneReached(petition, campaignId, 10, 100, 10, now.minus(10, ChronoUnit.MINUTES)),
                new PetitionMilestoneReached(petition, campaignId, 50, 100, 50, now.minus(5, ChronoUnit.MINUTES)),
                new SignatureRateSpiked(petition, campaignId, now.minus(15, ChronoUnit.MINUTES),
                        now.minus(10, ChronoUnit.MINUTES), 400, 80.0, 4.5, now.minus(9, ChronoUnit.MINUTES)),
                new PetitionDelivered(petition, campaignId, LocalDate.now(), "PUBLIC_MEETING", SIGNATURES, "org-r1", now),
                new PetitionResponded(petition, campaignId, LocalDate.now(), "ADOPTED", "org-r1", now),
                new PetitionClosed(petition, campaignId, PetitionClosed.Reason.CLOSED_BY_ORGANIZER, SIGNATURES, "org-r1",
                        now),
                new CommentPacketCompiled(packet, driveId, campaignId, 90, 85, 4, 12, Map.of("SUPPORT", 60, "NEUTRAL", 30),
                        Map.of("MECCA", 70, "OASIS", 20), Map.of("es", 80, "en", 10), "ab12", now),
                new CommentPacketDelivered(packet, driveId, campaignId, "cvwd", 1, id("req"), "org-r1", now),
                new CommentPacketDelivered(packet, driveId, campaignId, "cvwd", 2, id("req"), "org-r1", now),
                new CommentDriveClosed(driveId, campaignId, CommentDriveClosed.Reason.DEADLINE_PASSED,
                        now.plus(5, ChronoUnit.DAYS), 90, null, now),
                signedUp(campaignId + "-su-1", shiftA, campaignId, vol + 2, campaignId + "-sup-2", 2),
                signedUp(campaignId + "-su-2", shiftA, campaignId, vol + 52, campaignId + "-sup-52", 1),
                signedUp(campaignId + "-su-3", shiftA, campaignId, vol + 102, campaignId + "-sup-102", 0),
                new ShiftWaitlisted(campaignId + "-su-4", shiftA, campaignId, vol + 152, campaignId + "-sup-152", 1, now),
                signupCancelled(campaignId + "-su-2", shiftA, campaignId, vol + 52, campaignId + "-sup-52", 1),
                new ShiftPromoted(campaignId + "-su-4", shiftA, campaignId, vol + 152, campaignId + "-sup-152", 0, now),
                attended(campaignId + "-su-1", shiftA, campaignId, vol + 2, campaignId + "-sup-2", 180, 1),
                attended(campaignId + "-su-1", shiftA, campaignId, vol + 2, campaignId + "-sup-2", 150, 2),
                attended(campaignId + "-su-3", shiftA, campaignId, vol + 102, campaignId + "-sup-102", 120, 1),
                signedUp(campaignId + "-su-5", shiftB, campaignId, vol + 202, campaignId + "-sup-202", 3),
                new ShiftUnderstaffed(shiftB, campaignId, "MECCA", List.of("es"), now.plus(2, ChronoUnit.DAYS), 3, 1, 3,
                        now),
                signedUp(campaignId + "-su-6", shiftC, campaignId, vol + 252, campaignId + "-sup-252", 1),
                new ShiftCancelled(shiftC, campaignId, ShiftCancelled.Scope.SHIFT, null, null, null,
                        ShiftCancelled.CancelledBy.ORGANIZER, "org-r1", 0, now),
                new TrainingCompleted(id("trn"), campaignId, vol + 2, campaignId + "-sup-2", 2, null, now),
                new TrainingCompleted(id("trn"), campaignId, vol + 52, campaignId + "-sup-52", 3, "cert-1", now),
                new NotificationFailed(id("req"), "comments", "comments.packet", "EMAIL", 5, "SERVER_UNREACHABLE", now),
                new NotificationFailed(id("req"), "petitions", "petitions.confirm", "EMAIL", 3, "MAILBOX_FULL", now),
                new StaffActionAudited("org-r1", "PETITION_CLOSED", "PETITION", petition, campaignId, "petitions", now),
                new StaffActionAudited("mod-1", "COMMENT_REJECTED", "COMMENT", campaignId + "-cmt-11", campaignId,
                        "comments", now),
                new CampaignClosed(campaignId, "staff-lead", now)));
        return new Story(story, SIGNATURES - (batch.size() - 22L));
    }

    /**
     * What live consumption has not done yet; empty once everything is committed, the poison message is in the
     * dead-letter log, and every other record counted as handled or skipped as a duplicate (a record whose handler
     * failed counts neither), every distinct event handled.
     */
    private String stillWaitingFor(ConsumerGroupLag lag, LiveConsumption.Counts consumed, long records, long events,
            String poisonId) {
        long live = lag.of(LIVE_GROUP, consumers.topics());
        if (live > 0) {
            return "lag of " + LIVE_GROUP + ": " + live;
        }
        long deadLetters = lag.ofCommitted(DEAD_LETTER_GROUP);
        if (deadLetters > 0) {
            return "lag of " + DEAD_LETTER_GROUP + ": " + deadLetters;
        }
        if (mongo.getCollection(DEAD_LETTERS).countDocuments(Filters.eq("eventId", poisonId)) != 1) {
            return "the poison message in " + DEAD_LETTERS;
        }
        if (consumed.taken() < records) {
            return "taken " + consumed.taken() + " of " + records;
        }
        return consumed.handled() >= events ? "" : "handled " + consumed.handled() + " of " + events;
    }

    /** The memory's keys of the events of this type, by the ids they were first published with. */
    private static List<String> keys(List<String> ceIds, List<PlazaEvent> story, Class<? extends PlazaEvent> type) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < story.size(); i++) {
            if (type.isInstance(story.get(i))) {
                keys.add(ProjectionConsumers.NAME + "|" + ceIds.get(i));
            }
        }
        return keys;
    }

    /** The ids in the processed-event memory of the projections (not when they were remembered). */
    private Set<String> memory() {
        Set<String> ids = new HashSet<>();
        for (Document document : mongo.getCollection(ProcessedEvents.COLLECTION)
                .find(Filters.eq("consumer", ProjectionConsumers.NAME))) {
            ids.add(document.getString("_id"));
        }
        return ids;
    }

    /** The dashboard's answer without what moves with the clock: the time of the answer and the series' windows. */
    private static JsonNode numbers(JsonNode detail) {
        ObjectNode copy = (ObjectNode) detail.deepCopy();
        copy.remove("asOf");
        for (String series : List.of("signaturesMinute", "signaturesHourly", "signaturesDaily", "commentsHourly",
                "commentsDaily")) {
            long sum = 0;
            for (JsonNode count : detail.at("/" + series + "/counts")) {
                sum += count.asLong();
            }
            copy.put(series, sum);
        }
        return copy;
    }
}
