package org.plaza.petitions.invalidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.events.identity.StaffActionAudited;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.events.petitions.SignaturesInvalidated;
import org.plaza.events.petitions.SignaturesRestored;
import org.plaza.petitions.Fixtures.OpenPetition;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.PetitionsTest;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/** Bulk invalidation by every criterion, reversible, audited and announced, with counts following. */
@PetitionsTest
class InvalidationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;

    OpenPetition petition;
    Instant started;

    @BeforeEach
    void signatures() throws Exception {
        petition = fixtures.openPetition();
        started = Instant.now();
        fixtures.signAndConfirm(petition.slug(), "uno@spam.example", "MECCA", "198.51.100.7", null);
        fixtures.signAndConfirm(petition.slug(), "dos@spam.example", "OASIS", "198.51.100.8", null);
        fixtures.signAndConfirm(petition.slug(), "maria.lopez@gmail.com", "MECCA", "10.9.9.9", null);
        awaitCounts(3);
    }

    @Test
    void invalidatesByDomainAnnouncesTheBatchAndRestoresIt() throws Exception {
        Position before = events.positionOf(SignaturesInvalidated.class, SignaturesRestored.class,
                StaffActionAudited.class);
        String selection = "{\"criterion\":\"EMAIL_DOMAIN\",\"value\":\"Spam.Example\",\"reason\":\"bots\"}";
        mvc.perform(post(path("/invalidations/preview")).header("Authorization", fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON).content(selection)).andExpect(jsonPath("$.matching").value(2));
        JsonNode batch = fixtures.json(mvc.perform(post(path("/invalidations")).header("Authorization", fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON).content(selection)).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.selection").value("spam.example")).andReturn());
        String batchId = batch.get("id").asString();
        awaitBatch(batchId, "APPLIED");
        awaitCounts(1);

        SignaturesInvalidated invalidated = events.awaitEvent(before, SignaturesInvalidated.class,
                e -> e.batchId().equals(batchId), Duration.ofSeconds(30)).event();
        assertThat(invalidated.signatureIds()).hasSize(2);
        assertThat(invalidated.countsByCommunity()).containsEntry("MECCA", 1).containsEntry("OASIS", 1);
        assertThat(invalidated.criterion()).isEqualTo("EMAIL_DOMAIN");
        events.awaitEvent(before, StaffActionAudited.class,
                e -> e.itemId().equals(batchId) && e.action().equals("INVALIDATE"), Duration.ofSeconds(30));

        mvc.perform(post(path("/invalidations/" + batchId + "/restore")).header("Authorization", fixtures.admin()))
                .andExpect(status().isAccepted());
        awaitBatch(batchId, "RESTORED");
        awaitCounts(3);
        SignaturesRestored restored = events.awaitEvent(before, SignaturesRestored.class,
                e -> e.batchId().equals(batchId), Duration.ofSeconds(30)).event();
        assertThat(restored.signatureIds()).containsExactlyInAnyOrderElementsOf(invalidated.signatureIds());
        mvc.perform(post(path("/invalidations/" + batchId + "/restore")).header("Authorization", fixtures.admin()))
                .andExpect(status().isConflict());
    }

    @Test
    void invalidatesByAddressRangeCanonicalEmailAndTimeWindow() throws Exception {
        invalidate("{\"criterion\":\"CLIENT_ADDRESS_RANGE\",\"value\":\"198.51.0.0/16\"}", 2);
        awaitCounts(1);
        String byEmail = invalidate("{\"criterion\":\"CANONICAL_EMAIL\",\"value\":\"Maria.Lopez+peticion@googlemail.com\"}", 1);
        awaitCounts(0);
        mvc.perform(get(path("/invalidations/" + byEmail)).header("Authorization", fixtures.admin()))
                .andExpect(jsonPath("$.selection").value(Matchers.startsWith("sup_")));
        mvc.perform(post(path("/invalidations/" + byEmail + "/restore")).header("Authorization", fixtures.admin()));
        awaitCounts(1);
        invalidate("{\"criterion\":\"TIME_WINDOW\",\"from\":\"" + started.minusSeconds(1) + "\",\"to\":\""
                + Instant.now().plusSeconds(1) + "\"}", 1);
        awaitCounts(0);
    }

    @Test
    void refusesSelectionsThatCannotBeMatchedAndStrangers() throws Exception {
        for (String bad : new String[] { "{\"criterion\":\"CLIENT_ADDRESS_RANGE\",\"value\":\"198.51.100.0/25\"}",
                "{\"criterion\":\"EMAIL_DOMAIN\",\"value\":\"not a domain\"}",
                "{\"criterion\":\"CANONICAL_EMAIL\",\"value\":\"nobody\"}",
                "{\"criterion\":\"TIME_WINDOW\",\"from\":\"2026-01-02T00:00:00Z\",\"to\":\"2026-01-01T00:00:00Z\"}",
                "{\"criterion\":\"EVERYTHING\"}" }) {
            mvc.perform(post(path("/invalidations")).header("Authorization", fixtures.admin())
                    .contentType(MediaType.APPLICATION_JSON).content(bad)).andExpect(status().isBadRequest());
        }
        mvc.perform(post(path("/invalidations")).header("Authorization", fixtures.bearer("org-zed", Role.ORGANIZER))
                .contentType(MediaType.APPLICATION_JSON).content("{\"criterion\":\"FRAUD_FLAG\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void burstsFromOneAddressAreFlaggedCountedOutAndCountOnceCleared() throws Exception {
        Position before = events.positionOf(SignatureVerified.class);
        for (int i = 0; i < 7; i++) {
            fixtures.signAndConfirm(petition.slug(), "rafaga" + i + "@example.net", "THERMAL", "192.0.2.44", null);
        }
        awaitCounts(3 + 5);
        mvc.perform(get(path("/fraud-flags")).header("Authorization", fixtures.admin()))
                .andExpect(jsonPath("$.flagged").value(2)).andExpect(jsonPath("$.byReason.CLIENT_BURST").value(2))
                .andExpect(jsonPath("$.topNetworks['192.0.2.0/24']").value(2));
        events.awaitEvents(before, SignatureVerified.class, e -> e.petitionId().equals(petition.id())
                && e.community().equals("THERMAL"), 5, Duration.ofSeconds(30));
        assertThat(Fixtures.distinct(events.eventsSoFar(SignatureVerified.class,
                e -> e.petitionId().equals(petition.id()) && e.community().equals("THERMAL")))).hasSize(5);

        mvc.perform(post(path("/fraud-flags/clear")).header("Authorization", fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(jsonPath("$.cleared").value(2));
        awaitCounts(3 + 7);
        events.awaitEvents(before, SignatureVerified.class, e -> e.petitionId().equals(petition.id())
                && e.community().equals("THERMAL"), 7, Duration.ofSeconds(30));
    }

    private String invalidate(String selection, int expected) throws Exception {
        String batchId = fixtures.json(mvc.perform(post(path("/invalidations")).header("Authorization", fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON).content(selection)).andExpect(status().isAccepted())
                .andReturn()).get("id").asString();
        awaitBatch(batchId, "APPLIED");
        mvc.perform(get(path("/invalidations/" + batchId)).header("Authorization", fixtures.admin()))
                .andExpect(jsonPath("$.signatureCount").value(expected));
        return batchId;
    }

    private void awaitBatch(String batchId, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get(path("/invalidations/" + batchId))
                .header("Authorization", fixtures.admin())).andExpect(jsonPath("$.status").value(status)));
    }

    private void awaitCounts(int verified) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/public/petitions/{slug}/counts",
                petition.slug())).andExpect(jsonPath("$.verified").value(verified)));
    }

    private String path(String suffix) {
        return "/api/staff/petitions/" + petition.id() + suffix;
    }
}
