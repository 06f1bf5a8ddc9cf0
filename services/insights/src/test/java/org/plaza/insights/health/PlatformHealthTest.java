package org.plaza.insights.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plaza.insights.support.Fixtures.id;
import static org.plaza.insights.support.Fixtures.now;
import static org.plaza.insights.support.Fixtures.signature;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationFailed;
import org.plaza.events.petitions.SignatureRateSpiked;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.insights.support.InsightsServiceTest;
import org.plaza.insights.support.StubServices;
import org.plaza.testsupport.events.CloudEventHeaders;
import org.plaza.testsupport.security.Role;

import tools.jackson.databind.JsonNode;

/** The health part of the dashboard, on the embedded default: no Prometheus server, only what services expose. */
class PlatformHealthTest extends InsightsServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String HEALTH = "/api/staff/insights/health";

    @Test
    void showsEachServiceUpOrDownWithTheOutboxBacklogItsMetricsReport() {
        JsonNode health = await().atMost(WAIT).until(() -> api().getJson(HEALTH, "op-1", Role.OPERATOR),
                h -> "UP".equals(service(h, "petitions").get("state").asString())
                        && "DOWN".equals(service(h, "comments").get("state").asString()));

        JsonNode petitions = service(health, "petitions");
        assertThat(petitions.get("outboxBacklog").asDouble()).isEqualTo(StubServices.BACKLOG);
        assertThat(petitions.get("outboxOldestAgeSeconds").asDouble()).isEqualTo(StubServices.OLDEST_AGE_SECONDS);
        assertThat(petitions.get("deadLettered").asDouble()).isEqualTo(2.0);
        assertThat(service(health, "comments").get("detail").asString()).isEqualTo("unreachable");
        assertThat(service(health, "comments").get("outboxBacklog").isNull()).isTrue();
    }

    @Test
    void countsDeadLettersWithTheFailingEventTypeAndWhy() {
        SignatureVerified poison = signature(id("sig"), id("pet"), id("cmp"), id("sup"), "MECCA", "es");
        String ceId = UUID.randomUUID().toString();
        events.publishRaw("plaza.petitions", poison.subject(), CloudEventHeaders.of(poison, ceId, now()),
                "{ this is not json".getBytes(StandardCharsets.UTF_8));

        JsonNode health = await().atMost(WAIT).until(() -> api().getJson(HEALTH, "op-1", Role.OPERATOR),
                h -> latestWithId(h, ceId) != null);

        JsonNode letter = latestWithId(health, ceId);
        assertThat(letter.get("group").asString()).isEqualTo("insights");
        assertThat(letter.get("topic").asString()).isEqualTo("plaza.petitions");
        assertThat(letter.get("type").asString()).isEqualTo("plaza.petitions.signature-verified.v1");
        assertThat(letter.get("error").asString()).contains("not a readable");
        assertThat(health.get("deadLetters").asLong()).isPositive();
        assertThat(health.get("deadLetterCounts").toString()).contains("plaza.petitions.signature-verified.v1");
    }

    @Test
    void measuresTheLagOfEveryConsumerGroup() {
        events.publish(signature(id("sig"), id("pet"), id("cmp"), id("sup"), "OASIS", "es"));

        JsonNode health = await().atMost(WAIT).until(() -> api().getJson(HEALTH, "op-1", Role.OPERATOR),
                h -> group(h, "insights") != null && group(h, "insights").get("byTopic").has("plaza.petitions"));

        assertThat(group(health, "insights").get("lag").asLong()).isNotNegative();
        assertThat(health.get("lagError").isNull()).isTrue();
    }

    @Test
    void showsRecentNotificationFailuresAndSignatureRateSpikes() {
        String petition = id("pet");
        events.publish(new NotificationFailed(id("req"), "petitions", "petitions.verify", "EMAIL", 5,
                "MAILBOX_UNAVAILABLE", now()));
        events.publish(new SignatureRateSpiked(petition, id("cmp"), now().minusSeconds(300), now(), 600, 120.0, 2.5,
                now()));

        JsonNode health = await().atMost(WAIT).until(() -> api().getJson(HEALTH, "op-1", Role.OPERATOR),
                h -> h.get("failuresByReason").has("MAILBOX_UNAVAILABLE")
                        && h.get("spikes").toString().contains(petition));

        assertThat(health.get("notificationFailures").asLong()).isPositive();
        assertThat(health.get("failuresByService").has("petitions")).isTrue();
    }

    @Test
    void isForOperatorsAndAdminsOnly() {
        assertThat(api().get(HEALTH, "org-1", Role.ORGANIZER).status()).isEqualTo(403);
        assertThat(api().get(HEALTH, "admin-1", Role.ADMIN).status()).isEqualTo(200);
    }

    private static JsonNode service(JsonNode health, String name) {
        for (JsonNode service : health.get("services")) {
            if (name.equals(service.get("name").asString())) {
                return service;
            }
        }
        throw new AssertionError("No service " + name + " in " + health.get("services"));
    }

    private static JsonNode group(JsonNode health, String name) {
        for (JsonNode group : health.get("consumerLag")) {
            if (name.equals(group.get("group").asString())) {
                return group;
            }
        }
        return null;
    }

    private static JsonNode latestWithId(JsonNode health, String eventId) {
        for (JsonNode letter : health.get("latestDeadLetters")) {
            if (eventId.equals(letter.get("eventId").asString(null))) {
                return letter;
            }
        }
        return null;
    }
}
