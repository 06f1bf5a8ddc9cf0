package org.plaza.starter.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.events.EventTypes;
import org.plaza.events.PlazaEvent;
import org.plaza.events.campaigns.CampaignClosed;
import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignTeamChanged;
import org.plaza.events.campaigns.CampaignUpdated;
import org.plaza.starter.messaging.EventHandlers;
import org.plaza.starter.messaging.ProcessedEvents;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

class CampaignTeamProjectionTest {

    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);
    private static final Instant T3 = T1.plusSeconds(120);

    private static MongoServer server;
    private static MongoTemplate mongo;

    private final CampaignTeamProjection teams = new CampaignTeamProjection(mongo);

    @BeforeAll
    static void startMongo() {
        server = new MongoServer(new MemoryBackend());
        mongo = new MongoTemplate(MongoClients.create(server.bindAndGetConnectionString()), "teams");
    }

    @AfterAll
    static void stopMongo() {
        server.shutdownNow();
    }

    @BeforeEach
    void empty() {
        mongo.dropCollection(CampaignTeamProjection.COLLECTION);
        mongo.dropCollection(ProcessedEvents.COLLECTION);
    }

    @Test
    void aLaunchKeepsTheTeamItWasLaunchedWith() {
        teams.launched(launched("cmp-1", T1, "org-a"));

        assertThat(teams.find("cmp-1")).hasValueSatisfying(team -> {
            assertThat(team.organizerStaffIds()).containsExactly("org-a");
            assertThat(team.changedAt()).isEqualTo(T1);
            assertThat(team.closed()).isFalse();
        });
    }

    @Test
    void anOlderTeamArrivingAfterANewerOneChangesNothing() {
        teams.teamChanged(changed("cmp-1", T2, "org-a", "org-b"));
        Object before = stored("cmp-1").get("changedAt");

        teams.launched(launched("cmp-1", T1, "org-a"));
        teams.teamChanged(changed("cmp-1", T1, "org-x"));

        assertThat(stored("cmp-1").get("changedAt")).isEqualTo(before);
        assertThat(teams.find("cmp-1").orElseThrow().organizerStaffIds()).containsExactly("org-a", "org-b");
    }

    @Test
    void aNewerTeamReplacesTheWholeTeam() {
        teams.launched(launched("cmp-1", T1, "org-a", "org-b"));

        teams.teamChanged(changed("cmp-1", T2, "org-b", "org-c"));

        assertThat(teams.find("cmp-1").orElseThrow().organizerStaffIds()).containsExactly("org-b", "org-c");
        assertThat(teams.teamsOf("org-a")).isEmpty();
        assertThat(teams.teamsOf("org-c")).extracting(CampaignTeam::campaignId).containsExactly("cmp-1");
    }

    @Test
    void replayingEveryEventOfACampaignChangesNothing() {
        List<Runnable> history = List.of(() -> teams.launched(launched("cmp-1", T1, "org-a")),
                () -> teams.teamChanged(changed("cmp-1", T2, "org-a", "org-b")),
                () -> teams.closed(new CampaignClosed("cmp-1", "org-a", T3)));
        history.forEach(Runnable::run);
        Document before = stored("cmp-1");

        history.forEach(Runnable::run);
        for (int i = history.size() - 1; i >= 0; i--) {
            history.get(i).run();
        }

        assertThat(stored("cmp-1")).isEqualTo(before);
    }

    @Test
    void aClosedCampaignKeepsItsTeamAndAnOlderEventDoesNotReopenIt() {
        teams.launched(launched("cmp-1", T1, "org-a"));
        teams.closed(new CampaignClosed("cmp-1", "org-a", T3));

        teams.launched(launched("cmp-1", T1, "org-a"));
        teams.closed(new CampaignClosed("cmp-1", "org-a", T3.plusSeconds(5)));

        CampaignTeam team = teams.find("cmp-1").orElseThrow();
        assertThat(team.closedAt()).isEqualTo(T3);
        assertThat(team.hasOrganizer("org-a")).isTrue();
    }

    @Test
    void theIssueAreaAndCommunitiesOfTheNewestLaunchOrUpdateAreKeptForFilters() {
        teams.launched(launched("cmp-1", T1, "org-a"));
        teams.updated(new CampaignUpdated("cmp-1", "Agua", "Water", "WATER", List.of("OASIS", "THERMAL"), null, null,
                "org-a", T2));
        teams.launched(launched("cmp-1", T1, "org-a"));

        Document stored = stored("cmp-1");
        assertThat(stored.getString("issueArea")).isEqualTo("WATER");
        assertThat(stored.getList("communities", String.class)).containsExactly("OASIS", "THERMAL");
        assertThat(teams.find("cmp-1").orElseThrow().organizerStaffIds()).containsExactly("org-a");
    }

    @Test
    void aCloseHeardBeforeTheLaunchStillLetsTheLaunchSetTheTeam() {
        teams.closed(new CampaignClosed("cmp-1", "org-a", T3));

        teams.launched(launched("cmp-1", T1, "org-a"));

        CampaignTeam team = teams.find("cmp-1").orElseThrow();
        assertThat(team.closed()).isTrue();
        assertThat(team.organizerStaffIds()).containsExactly("org-a");
    }

    @Test
    void aServiceConsumerRunsTheProjectionNextToItsOwnHandlerOfTheSameEvent() {
        List<String> titles = new java.util.ArrayList<>();
        Consumer<Message<byte[]>> consumer = new EventHandlers(JsonMapper.builder().build(), new ProcessedEvents(mongo),
                new SimpleMeterRegistry()).consumer("svc-campaigns")
                .on(CampaignLaunched.class, event -> titles.add(event.titleEs()))
                .with(teams)
                .build();
        CampaignLaunched launch = launched("cmp-1", T1, "org-a");

        consumer.accept(message("e-1", launch));
        consumer.accept(message("e-1", launch));

        assertThat(titles).containsExactly("Agua");
        assertThat(teams.find("cmp-1").orElseThrow().organizerStaffIds()).containsExactly("org-a");
    }

    private static Document stored(String campaignId) {
        return mongo.findById(campaignId, Document.class, CampaignTeamProjection.COLLECTION);
    }

    private static CampaignLaunched launched(String campaignId, Instant at, String... organizers) {
        return new CampaignLaunched(campaignId, "Agua", "Water", "HEALTH", List.of("MECCA"), null, null,
                List.of(organizers), organizers[0], at);
    }

    private static CampaignTeamChanged changed(String campaignId, Instant at, String... organizers) {
        return new CampaignTeamChanged(campaignId, List.of(organizers), List.of(), List.of(), "admin-1", at);
    }

    private static Message<byte[]> message(String id, PlazaEvent event) {
        String json = JsonMapper.builder().build().writeValueAsString(event);
        return MessageBuilder.withPayload(json.getBytes(StandardCharsets.UTF_8)).setHeader("ce_id", id)
                .setHeader("ce_type", EventTypes.typeOf(event.getClass())).setHeader("ce_subject", event.subject())
                .build();
    }
}
