package org.plaza.petitions.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Duration;
import java.time.Instant;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.plaza.events.EventTypes;
import org.plaza.events.supporters.SupporterErased;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.Fixtures.OpenPetition;
import org.plaza.petitions.PetitionsTest;
import org.plaza.starter.retention.PersonalDataRetention;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.privacy.PersonalDataScan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;

import io.micrometer.core.instrument.MeterRegistry;

/** A supporter's erasure ({@code SupporterErased} on plaza.supporters) leaves nothing of them here but counts. */
@PetitionsTest
class ErasureTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    MeterRegistry meters;

    @Test
    void anErasedSignersNameEmailAndCommentAreGoneFromEveryCollectionWhileTheCountsStay() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        String local = Fixtures.unique("erin.borrada");
        String email = local + "@example.org";
        String name = "Erin Borrada " + local;
        String comment = "Mi barrio " + local + " necesita agua";
        String other = Fixtures.unique("otra") + "@example.org";
        fixtures.signAndConfirm(petition.slug(), name, email, "MECCA", Fixtures.nextAddress(), comment);
        fixtures.signAndConfirm(petition.slug(), other, "OASIS", Fixtures.nextAddress(), "Yo también");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/public/petitions/{slug}/counts",
                petition.slug())).andExpect(jsonPath("$.verified").value(2)));
        String supporterId = signatureOf(email).getString("supporterId");

        SupporterErased erased = new SupporterErased(Fixtures.unique("era"), supporterId, Instant.now());
        String ceId = Fixtures.unique("ce");
        double duplicatesBefore = duplicates();
        events.publish(erased, ceId);
        events.publish(erased, ceId);

        await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() > duplicatesBefore);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> PersonalDataScan.assertNoTraceOf(mongo, email, name, local, comment));
        Document signature = mongo.findOne(Query.query(Criteria.where("supporterId").is(supporterId)), Document.class,
                "signatures");
        assertThat(signature.getString("status")).isEqualTo("VERIFIED");
        assertThat(signature.getString("community")).isEqualTo("MECCA");
        assertThat(signature.get("anonymizedAt")).isNotNull();
        assertThat(signatureOf(other)).isNotNull();
        mvc.perform(get("/api/public/petitions/{slug}/counts", petition.slug()))
                .andExpect(jsonPath("$.verified").value(2));
    }

    private Document signatureOf(String email) {
        return mongo.findOne(Query.query(Criteria.where("signer.email").is(email)), Document.class, "signatures");
    }

    private double duplicates() {
        var counter = meters.find("plaza.events.consumed").tag("consumer", PersonalDataRetention.CONSUMER)
                .tag("type", EventTypes.typeOf(SupporterErased.class)).tag("outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }
}
