package org.plaza.petitions.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.Fixtures.OpenPetition;
import org.plaza.petitions.PetitionsTest;
import org.plaza.starter.retention.PersonalDataRetention;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;

/** Signers' personal data is removed 180 days after closing; counts stay and exports stop. */
@PetitionsTest
class AnonymizationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PersonalDataRetention retention;
    @Autowired
    MongoTemplate mongo;

    @Test
    void removesSignersPersonalDataOnlyOnceTheRetentionHasPassedAndKeepsTheCounts() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        fixtures.signAndConfirm(petition.slug(), "olga@example.org", "MECCA", "203.0.113.5", "Necesitamos agua");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/api/public/petitions/{slug}/counts",
                petition.slug())).andExpect(jsonPath("$.verified").value(1)));
        mvc.perform(post("/api/staff/petitions/{id}/close", petition.id()).header("Authorization", fixtures.admin()))
                .andExpect(status().isOk());

        retention.anonymizeDue(Instant.now().plus(Duration.ofDays(179)));
        assertThat(signature(petition.id()).get("signer", Document.class)).isNotNull();

        assertThat(retention.anonymizeDue(Instant.now().plus(Duration.ofDays(181)))).isGreaterThanOrEqualTo(1);
        Document anonymized = signature(petition.id());
        assertThat(anonymized.get("signer")).isNull();
        assertThat(anonymized.get("credentials")).isNull();
        assertThat(anonymized.toJson()).doesNotContain("olga", "203.0.113", "Necesitamos");
        assertThat(anonymized.getString("supporterId")).startsWith("sup_");
        mvc.perform(get("/api/public/petitions/{slug}/counts", petition.slug())).andExpect(jsonPath("$.verified").value(1));
        mvc.perform(get("/api/staff/petitions/{id}", petition.id()).header("Authorization", fixtures.admin()))
                .andExpect(jsonPath("$.signersAnonymizedAt").isNotEmpty());
        mvc.perform(get("/api/staff/petitions/{id}/signatures.csv", petition.id())
                .header("Authorization", fixtures.admin())).andExpect(status().isConflict());
    }

    private Document signature(String petitionId) {
        Query query = Query.query(Criteria.where("petitionId").is(petitionId));
        query.fields().exclude("_outbox");
        return mongo.findOne(query, Document.class, "signatures");
    }
}
