package org.plaza.petitions.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.petitions.PetitionMilestoneReached;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.petitions.Fixtures.OpenPetition;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.PetitionsTest;
import org.plaza.petitions.petition.Petitions;
import org.plaza.petitions.tally.LiveCounts;
import org.plaza.petitions.tally.Reconciler;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.mongodb.client.model.UpdateOptions;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Counts under concurrent signing: exact totals, each milestone exactly once, a cacheable count, drift corrected. */
@PetitionsTest
class CountsAndMilestonesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Petitions petitions;
    @Autowired
    Reconciler reconciler;
    @Autowired
    LiveCounts counts;

    @Test
    void concurrentConfirmationsCountExactlyAndRaiseEachMilestoneOnceEvenWhenReplayed() throws Exception {
        OpenPetition petition = fixtures.openPetition(12, ",\"milestones\":[3,6,9,12]");
        Position notifications = fixtures.notificationPosition();
        Position before = events.positionOf(PetitionMilestoneReached.class, SignatureVerified.class);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> signing = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String body = "{\"fullName\":\"Vecina " + i + "\",\"email\":\"vecina" + i + "@example.org\","
                        + "\"community\":\"" + (i % 2 == 0 ? "MECCA" : "OASIS") + "\"}";
                String address = Fixtures.nextAddress();
                signing.add(() -> mvc.perform(post("/api/public/petitions/{slug}/signatures", petition.slug())
                        .contentType(MediaType.APPLICATION_JSON).content(body).with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        })).andReturn().getResponse().getStatus());
            }
            for (Future<Integer> done : pool.invokeAll(signing)) {
                assertThat(done.get()).isEqualTo(202);
            }
            List<Callable<Integer>> confirming = new ArrayList<>();
            for (var mail : events.awaitEvents(notifications, NotificationRequested.class,
                    n -> n.relatedIds().contains(petition.id()), 12, Duration.ofSeconds(60))) {
                String url = mail.event().templateParameters().get("confirmUrl");
                String token = URLDecoder.decode(url.replaceAll(".*[?&]token=([^&]+).*", "$1"),
                        StandardCharsets.UTF_8);
                for (int replay = 0; replay < 2; replay++) {
                    confirming.add(() -> mvc.perform(post("/api/public/petitions/{slug}/confirmations", petition.slug())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"token\":\"" + token + "\"}"))
                            .andReturn().getResponse().getStatus());
                }
            }
            for (Future<Integer> done : pool.invokeAll(confirming)) {
                assertThat(done.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/api/public/petitions/{slug}/counts",
                petition.slug())).andExpect(jsonPath("$.verified").value(12))
                .andExpect(jsonPath("$.byCommunity.MECCA").value(6)).andExpect(jsonPath("$.byCommunity.OASIS").value(6)));
        events.awaitEvents(before, PetitionMilestoneReached.class, e -> e.petitionId().equals(petition.id()), 4,
                Duration.ofSeconds(30));
        events.awaitEvents(before, SignatureVerified.class, e -> e.petitionId().equals(petition.id()), 12,
                Duration.ofSeconds(30));
        assertThat(Fixtures.distinct(events.eventsSoFar(SignatureVerified.class,
                e -> e.petitionId().equals(petition.id())))).extracting(SignatureVerified::signatureId)
                .hasSize(12).doesNotHaveDuplicates();

        MilestoneWatcher anotherInstance = new MilestoneWatcher(petitions, mongo, new SimpleMeterRegistry(),
                Clock.systemUTC());
        anotherInstance.countsChanged(petition.id(), counts.fresh(petition.id()));
        events.assertNoEvent(before, PetitionMilestoneReached.class, e -> e.petitionId().equals(petition.id())
                && Fixtures.distinct(events.eventsSoFar(PetitionMilestoneReached.class,
                        m -> m.petitionId().equals(petition.id()))).size() > 4, Duration.ofSeconds(2));
        assertThat(Fixtures.distinct(events.eventsSoFar(PetitionMilestoneReached.class,
                e -> e.petitionId().equals(petition.id())))).extracting(PetitionMilestoneReached::milestone)
                .containsExactlyInAnyOrder(3, 6, 9, 12);
        assertThat(mongo.count(Query.query(Criteria.where("petitionId").is(petition.id())), "petition_milestones"))
                .isEqualTo(4);
        assertThat(mongo.count(Query.query(Criteria.where("petitionId").is(petition.id())), "signature_tallies"))
                .as("writes spread over shards").isGreaterThan(1);
    }

    @Test
    void theCountIsCacheableForASecondAndUnknownPetitionsAreNotFound() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        mvc.perform(get("/api/public/petitions/{slug}/counts", petition.slug())).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=1, public"))
                .andExpect(jsonPath("$.signatureGoal").value(100)).andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(get("/api/public/petitions/{slug}/counts", "no-such-petition")).andExpect(status().isNotFound());
    }

    @Test
    void theReconcilerCorrectsACounterThatDriftedFromTheSignatures() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        fixtures.signAndConfirm(petition.slug(), "drift@example.org", "MECCA", Fixtures.nextAddress(), null);
        mongo.getCollection("signature_tallies").updateOne(new Document("_id", petition.id() + "#0"),
                new Document("$inc", new Document("verified", 5).append("total", 5)),
                new UpdateOptions().upsert(true));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(petition.id() + "#0")),
                new Update().set("touchedAt", Date.from(Instant.now().minusSeconds(60))),
                "signature_tallies");

        await().atMost(Duration.ofSeconds(20)).until(() -> reconciler.reconcile(petition.id()).outcome()
                == Reconciler.Outcome.EXACT);
        assertThat(counts.fresh(petition.id()).verified()).isEqualTo(1);
        assertThat(counts.fresh(petition.id()).total()).isEqualTo(1);
    }
}
