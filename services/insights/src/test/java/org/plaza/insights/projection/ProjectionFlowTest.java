package org.plaza.insights.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plaza.events.PlazaEvent;
import org.plaza.events.EventTypes;
import org.plaza.events.comments.CommentModerated;
import org.plaza.events.comments.CommentPacketDelivered;
import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.comments.CommentSubmitted.Position;
import org.plaza.events.notifications.NotificationFailed;
import org.plaza.events.petitions.PetitionDelivered;
import org.plaza.events.petitions.PetitionResponded;
import org.plaza.events.petitions.SignaturesRestored;
import org.plaza.insights.support.Api;
import org.plaza.insights.projection.messaging.ProjectionConsumers;
import org.plaza.insights.support.InsightsServiceTest;
import org.plaza.insights.support.LiveConsumption;
import org.plaza.starter.messaging.ProcessedEvents;
import org.plaza.testsupport.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.plaza.insights.support.Fixtures.*;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Feeds a campaign's life through real Kafka and checks what the dashboard shows; then delivers every
 * event again (same ids, and new ids as after a crash) and rebuilds everything by replay: the numbers
 * do not move.
 */
class ProjectionFlowTest extends InsightsServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);


    @Test
    void showsACampaignsNumbersAndKeepsThemThroughDuplicatesRedeliveriesAndReplay() {
        String campaign = id("cmp");
        String petition = id("pet");
        String drive = id("drv");
        String futureShift = id("shf");
        String pastShift = id("shf");
        String[] sig = { id("sig"), id("sig"), id("sig"), id("sig"), id("sig"), id("sig") };
        String[] sup = { id("sup"), id("sup"), id("sup"), id("sup"), id("sup"), id("sup"), id("sup"), id("sup") };
        String packetRequest = id("req");
        Instant now = now();

        List<PlazaEvent> story = new ArrayList<>(List.of(
                campaign(campaign, "Agua limpia", "Clean water", "org-1"),
                team(campaign, "org-1", "org-2"),
                petition(petition, campaign, now.plus(3, ChronoUnit.DAYS)),
                signature(sig[0], petition, campaign, sup[0], "MECCA", "es"),
                signature(sig[1], petition, campaign, sup[1], "MECCA", "es"),
                signature(sig[2], petition, campaign, sup[2], "MECCA", "en"),
                signature(sig[3], petition, campaign, sup[3], "OASIS", "es"),
                invalidated(petition, campaign, "batch-1", sig[4]),
                signature(sig[4], petition, campaign, sup[4], "OASIS", "es"),
                new SignaturesRestored(petition, campaign, "batch-1", List.of(sig[4]), Map.of("OASIS", 1), "org-1", now),
                invalidated(petition, campaign, "batch-2", sig[5]),
                signature(sig[5], petition, campaign, sup[5], "THERMAL", "es"),
                new PetitionDelivered(petition, campaign, java.time.LocalDate.now(), "PUBLIC_MEETING", 5, "org-1", now),
                new PetitionResponded(petition, campaign, java.time.LocalDate.now(), "UNDER_REVIEW", "org-1", now),
                drive(drive, campaign, now.plus(5, ChronoUnit.DAYS), now.plus(4, ChronoUnit.DAYS)),
                comment("cmt-a-" + campaign, drive, campaign, sup[0], Position.SUPPORT, 1),
                comment("cmt-a-" + campaign, drive, campaign, sup[0], Position.OPPOSE, 2),
                comment("cmt-b-" + campaign, drive, campaign, sup[1], Position.SUPPORT, 1),
                comment("cmt-c-" + campaign, drive, campaign, sup[6], Position.NEUTRAL, 1),
                withdrawn("cmt-c-" + campaign, drive, campaign, sup[6]),
                new CommentPacketDelivered("pkt-" + campaign, drive, campaign, "cvwd", 1, packetRequest, null, now),
                new NotificationFailed(packetRequest, "comments", "comments.packet", "EMAIL", 5, "SERVER_UNREACHABLE", now),
                volunteer("vol-1-" + campaign, sup[0], campaign),
                shift(futureShift, campaign, now.plus(2, ChronoUnit.DAYS), 2, 2),
                shift(pastShift, campaign, now.minus(1, ChronoUnit.DAYS), 1, 1),
                signedUp("su-1-" + campaign, futureShift, campaign, "vol-1-" + campaign, sup[0], 1),
                signedUp("su-2-" + campaign, futureShift, campaign, "vol-2-" + campaign, sup[7], 0),
                signupCancelled("su-2-" + campaign, futureShift, campaign, "vol-2-" + campaign, sup[7], 1),
                signedUp("su-3-" + campaign, pastShift, campaign, "vol-1-" + campaign, sup[0], 0),
                attended("su-3-" + campaign, pastShift, campaign, "vol-1-" + campaign, sup[0], 120, 1),
                attended("su-3-" + campaign, pastShift, campaign, "vol-1-" + campaign, sup[0], 90, 2)));
        List<String> ids = new ArrayList<>();
        for (PlazaEvent event : story) {
            String ceId = UUID.randomUUID().toString();
            ids.add(ceId);
            events.publish(event, ceId);
        }
        String path = "/api/staff/insights/campaigns/" + campaign;

        JsonNode detail = await().atMost(WAIT).until(() -> api().getJson(path, "op-1", Role.OPERATOR),
                d -> d.at("/totals/minutesServed").asLong() == 90 && d.at("/totals/signatures").asLong() == 5
                        && d.at("/totals/comments").asLong() == 2 && d.at("/drives/0/deliveriesFailed").asLong() == 1
                        && d.at("/campaign/team").size() == 2);

        assertThat(detail.at("/campaign/titleEs").asString()).isEqualTo("Agua limpia");
        JsonNode totals = detail.get("totals");
        assertThat(totals.get("volunteers").asLong()).isEqualTo(1);
        assertThat(totals.get("signups").asLong()).isEqualTo(2);
        assertThat(totals.get("shifts").asLong()).isEqualTo(2);
        assertThat(totals.get("shiftsFilled").asLong()).isEqualTo(1);
        assertThat(totals.get("supporters").asLong()).isEqualTo(5);
        assertThat(counts(detail.get("signaturesByCommunity"))).containsExactly(Map.entry("MECCA", 3L), Map.entry("OASIS", 2L));
        assertThat(counts(detail.get("signaturesByLanguage"))).containsExactly(Map.entry("es", 4L), Map.entry("en", 1L));
        assertThat(counts(detail.get("commentsByPosition"))).containsOnly(Map.entry("OPPOSE", 1L), Map.entry("SUPPORT", 1L));
        assertThat(detail.at("/funnel/signed").asLong()).isEqualTo(5);
        assertThat(detail.at("/funnel/signedAndCommented").asLong()).isEqualTo(2);
        assertThat(detail.at("/funnel/signedCommentedVolunteered").asLong()).isEqualTo(1);
        assertThat(detail.at("/funnel/severalActions").asLong()).isEqualTo(2);
        assertThat(detail.at("/petitions/0/signatures").asLong()).isEqualTo(5);
        assertThat(detail.at("/petitions/0/deliveredOn").asString()).isNotBlank();
        assertThat(detail.at("/petitions/0/responseOutcome").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(detail.at("/drives/0/oppose").asLong()).isEqualTo(1);
        assertThat(detail.at("/drives/0/packetsDelivered").asLong()).isEqualTo(1);
        assertThat(sum(detail.at("/signaturesHourly/counts"))).isEqualTo(5);
        assertThat(sum(detail.at("/commentsDaily/counts"))).isEqualTo(2);
        List<String> deadlineKinds = new ArrayList<>();
        detail.get("deadlines").forEach(d -> deadlineKinds.add(d.get("kind").asString() + ":" + d.get("id").asString()));
        assertThat(deadlineKinds).containsExactly("UNDERSTAFFED_SHIFT:" + futureShift, "PETITION_CLOSES:" + petition,
                "COMMENT_DEADLINE:" + drive, "HEARING:" + drive);

        JsonNode overview = api().getJson("/api/staff/insights/overview", "op-1", Role.OPERATOR);
        JsonNode row = find(overview.get("campaigns"), campaign);
        assertThat(row.get("signatures").asLong()).isEqualTo(5);
        assertThat(row.get("minutesServed").asLong()).isEqualTo(90);

        JsonNode before = numbers(detail);

        deliverAgain(story, ids);
        assertThat(numbers(api().getJson(path, "op-1", Role.OPERATOR))).isEqualTo(before);

        Api.Answer started = api().post("/api/staff/insights/replay", "admin-1", Role.ADMIN);
        assertThat(started.status()).isEqualTo(202);
        JsonNode replay = await().atMost(WAIT).until(
                () -> api().getJson("/api/staff/insights/replay", "admin-1", Role.ADMIN),
                status -> "DONE".equals(status.get("state").asString()));
        assertThat(replay.get("total").asLong()).isGreaterThanOrEqualTo(story.size() * 3L);
        assertThat(replay.get("processed").asLong()).isEqualTo(replay.get("total").asLong());
        assertThat(replay.get("requestedBy").asString()).isEqualTo("admin-1");
        assertThat(numbers(api().getJson(path, "op-1", Role.OPERATOR))).isEqualTo(before);
    }

    @Test
    void aCommentAndItsLatestModerationStayTheSameWhenTheirEventsAreDeliveredAgainWithoutAMemoryOfHandledEvents() {
        String campaign = id("cmp");
        String drive = id("drv");
        String commentId = "cmt-" + campaign;
        Instant t = now();
        CommentSubmitted submitted = comment(commentId, drive, campaign, id("sup"), Position.SUPPORT, 1);
        CommentModerated approved = new CommentModerated(commentId, drive, campaign, CommentModerated.Decision.APPROVED,
                null, true, null, t.minusSeconds(60));
        CommentModerated rejected = new CommentModerated(commentId, drive, campaign, CommentModerated.Decision.REJECTED,
                "OFF_TOPIC", false, "mod-1", t);
        List<PlazaEvent> story = List.of(campaign(campaign, "Agua limpia", "Clean water", "org-1"),
                drive(drive, campaign, t.plus(5, ChronoUnit.DAYS), t.plus(4, ChronoUnit.DAYS)), submitted, approved,
                rejected);
        List<String> ids = publishAll(story);
        String path = "/api/staff/insights/campaigns/" + campaign;
        JsonNode detail = await().atMost(WAIT).until(() -> api().getJson(path, "op-1", Role.OPERATOR),
                d -> d.at("/drives/0/rejected").asLong() == 1 && d.at("/totals/comments").asLong() == 1);
        assertThat(detail.at("/drives/0/approved").asLong()).isZero();
        JsonNode before = numbers(detail);

        try (LiveConsumption consumption = consumption()) {
            LiveConsumption.Counts settled = consumption.settled(WAIT);
            events.publish(submitted, ids.get(2));
            events.publish(approved, ids.get(3));
            events.publish(submitted, UUID.randomUUID().toString());
            events.publish(approved, UUID.randomUUID().toString());
            assertThat(consumption.settled(WAIT).since(settled).handled()).as("every delivery handled again")
                    .isGreaterThanOrEqualTo(4);
        }

        assertThat(numbers(api().getJson(path, "op-1", Role.OPERATOR))).isEqualTo(before);
        for (Class<? extends PlazaEvent> type : List.of(CommentSubmitted.class, CommentModerated.class)) {
            assertThat(mongo.exists(Query.query(Criteria.where("consumer").is(ProjectionConsumers.NAME).and("type")
                    .is(EventTypes.typeOf(type))), ProcessedEvents.COLLECTION)).as("memory of %s", type).isFalse();
        }
    }

    /** The dashboard's numbers without the parts that move with the clock. */
    private JsonNode numbers(JsonNode detail) {
        ObjectNode copy = (ObjectNode) detail.deepCopy();
        copy.remove("asOf");
        for (String series : List.of("signaturesMinute", "signaturesHourly", "signaturesDaily", "commentsHourly",
                "commentsDaily")) {
            copy.put(series, sum(detail.at("/" + series + "/counts")));
        }
        return copy;
    }

    private static long sum(JsonNode counts) {
        long sum = 0;
        for (JsonNode count : counts) {
            sum += count.asLong();
        }
        return sum;
    }

    private static Map<String, Long> counts(JsonNode node) {
        Map<String, Long> counts = new LinkedHashMap<>();
        node.properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    private static JsonNode find(JsonNode rows, String id) {
        for (JsonNode row : rows) {
            if (id.equals(row.get("id").asString())) {
                return row;
            }
        }
        throw new AssertionError("No row " + id + " in " + rows);
    }
}
