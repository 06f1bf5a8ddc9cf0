package org.plaza.starter.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.events.EventTypes;
import org.plaza.events.supporters.SupporterErased;
import org.plaza.starter.messaging.EventHandlers;
import org.plaza.starter.messaging.ProcessedEvents;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/** The kit on a real (embedded) MongoDB: the scheduled anonymization and the erasure of one person. */
class PersonalDataRetentionTest {

    private static final Instant CLOSED = Instant.parse("2026-01-10T12:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(180);
    private static final String ANA = "sup_ana";
    private static final String BEA = "sup_bea";

    private static MongoServer server;
    private static MongoTemplate mongo;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<String> stepsRun = new ArrayList<>();

    @BeforeAll
    static void startMongo() {
        server = new MongoServer(new MemoryBackend());
        mongo = new MongoTemplate(MongoClients.create(server.bindAndGetConnectionString()), "retention");
    }

    @AfterAll
    static void stopMongo() {
        server.shutdownNow();
    }

    @BeforeEach
    void empty() {
        for (String collection : List.of("items", "entries", "people", "drafts", ProcessedEvents.COLLECTION)) {
            if (mongo.collectionExists(collection)) {
                mongo.dropCollection(collection);
            }
        }
    }

    @Test
    void anItemsDocumentsAreAnonymizedOnlyOnceTheRetentionAfterItClosedHasPassed() {
        item("item-1", CLOSED);
        entry("e-1", "item-1", ANA, "Ana Ruiz", "ana@example.org", "Queremos agua");
        entry("e-2", "item-1", BEA, "Bea Soto", "bea@example.org", "Y parques");
        PersonalDataRetention retention = retention(entries());

        assertThat(retention.anonymizeDue(CLOSED.plus(RETENTION).minusSeconds(1))).isZero();
        assertThat(doc("entries", "e-1").getString("name")).isEqualTo("Ana Ruiz");

        assertThat(retention.anonymizeDue(CLOSED.plus(RETENTION))).isEqualTo(2);
        Document anonymized = doc("entries", "e-1");
        assertThat(anonymized.toJson()).doesNotContain("Ana Ruiz", "ana@example.org");
        assertThat(anonymized.getString("text")).isEqualTo("Queremos agua");
        assertThat(anonymized.getString("community")).isEqualTo("MECCA");
        assertThat(anonymized.get("anonymizedAt")).isNotNull();
        assertThat(anonymized.get("version")).isEqualTo(2);
        assertThat(doc("items", "item-1").get("erasedAt")).isNotNull();
        assertThat(retention.anonymizeDue(CLOSED.plus(RETENTION).plus(Duration.ofDays(1)))).isZero();
        assertThat(meters.counter("plaza.retention.anonymized", "holder", "entries", "cause", "schedule").count())
                .isEqualTo(2);
    }

    @Test
    void anOpenItemAndAnItemOutsideTheExtraConditionKeepTheirDocuments() {
        item("open", null);
        mongo.insert(new Document("_id", "draft").append("closedAt", CLOSED).append("status", "DRAFT"), "items");
        entry("e-1", "open", ANA, "Ana Ruiz", "ana@example.org", "x");
        entry("e-2", "draft", ANA, "Ana Ruiz", "ana@example.org", "y");

        assertThat(retention(entries()).anonymizeDue(CLOSED.plus(Duration.ofDays(1000)))).isZero();
        assertThat(doc("entries", "e-2").getString("email")).isEqualTo("ana@example.org");
    }

    @Test
    void theServiceCanMarkItsItemItselfAndActOnEachItem() {
        item("item-1", CLOSED);
        entry("e-1", "item-1", ANA, "Ana Ruiz", "ana@example.org", "x");
        List<String> marked = new ArrayList<>();
        PersonalDataHolder holder = PersonalDataHolder.in("entries").unset("name", "email")
                .afterItemClosed(ClosedItems.in("items").linkedBy("itemId").markedAt("erasedAt").after(RETENTION)
                        .then((id, at) -> marked.add("files of " + id))
                        .markedBy((id, at) -> {
                            marked.add("marked " + id);
                            mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(where("_id").is(id)),
                                    new org.springframework.data.mongodb.core.query.Update().set("erasedAt", at), "items");
                        }))
                .build();

        retention(holder).anonymizeDue(CLOSED.plus(RETENTION));
        retention(holder).anonymizeDue(CLOSED.plus(RETENTION).plusSeconds(60));

        assertThat(marked).containsExactly("files of item-1", "marked item-1");
    }

    @Test
    void aConditionDueDocumentIsAnonymizedUnlessThePostponementKeepsIt() {
        person("p-1", ANA, "Ana Ruiz", CLOSED);
        person("p-2", BEA, "Bea Soto", CLOSED);
        PersonalDataHolder people = PersonalDataHolder.in("people").unset("name", "email").set("consent", false)
                .increment("linkGeneration").versioned()
                .dueWhen(now -> where("lastActiveAt").lt(now.minus(RETENTION)))
                .postponeIf((doc, now) -> doc.getString("_id").equals("p-2"))
                .build();

        assertThat(retention(people).anonymizeDue(CLOSED.plus(RETENTION).plusSeconds(1))).isEqualTo(1);

        Document ana = doc("people", "p-1");
        assertThat(ana.get("name")).isNull();
        assertThat(ana.getBoolean("consent")).isFalse();
        assertThat(ana.get("linkGeneration")).isEqualTo(1);
        assertThat(doc("people", "p-2").getString("name")).isEqualTo("Bea Soto");
        assertThat(retention(people).anonymizeDue(CLOSED.plus(RETENTION).plusSeconds(2))).isZero();
        assertThat(doc("people", "p-1").get("linkGeneration")).isEqualTo(1);
    }

    @Test
    void aDeletedHolderLosesItsDueDocumentsWhole() {
        mongo.insert(new Document("_id", "d-1").append("supporterId", ANA).append("expiresAt", CLOSED), "drafts");
        mongo.insert(new Document("_id", "d-2").append("supporterId", BEA).append("expiresAt", CLOSED.plusSeconds(60)),
                "drafts");

        assertThat(retention(drafts()).anonymizeDue(CLOSED.plusSeconds(1))).isEqualTo(1);

        assertThat(mongo.findAll(Document.class, "drafts")).extracting(d -> d.getString("_id")).containsExactly("d-2");
    }

    @Test
    void aDueDocumentWhoseEventsAreNotPublishedYetIsDeletedOnlyOnceTheRelayHasSentThem() {
        mongo.insert(new Document("_id", "d-1").append("supporterId", ANA).append("expiresAt", CLOSED)
                .append("_outbox", List.of(new Document("eventId", "evt-handover").append("type", "handover"))), "drafts");
        mongo.insert(new Document("_id", "d-2").append("supporterId", BEA).append("expiresAt", CLOSED)
                .append("_outbox", List.of()), "drafts");

        assertThat(retention(drafts()).anonymizeDue(CLOSED.plusSeconds(1))).isEqualTo(1);
        assertThat(mongo.findAll(Document.class, "drafts")).extracting(d -> d.getString("_id")).containsExactly("d-1");

        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(where("_id").is("d-1")),
                new org.springframework.data.mongodb.core.query.Update().pull("_outbox", new Document("eventId",
                        "evt-handover")), "drafts");
        assertThat(retention(drafts()).anonymizeDue(CLOSED.plusSeconds(2))).isEqualTo(1);
        assertThat(mongo.findAll(Document.class, "drafts")).isEmpty();
    }

    @Test
    void anErasureRemovesEverythingOfThatPersonInEveryHolderAtOnceAndLeavesOthersAlone() {
        item("item-1", null);
        entry("e-1", "item-1", ANA, "Ana Ruiz", "ana@example.org", "Queremos agua");
        entry("e-2", "item-1", BEA, "Bea Soto", "bea@example.org", "Y parques");
        person("p-1", ANA, "Ana Ruiz", CLOSED);
        mongo.insert(new Document("_id", "d-1").append("supporterId", ANA).append("name", "Ana Ruiz")
                .append("expiresAt", CLOSED), "drafts");
        PersonalDataRetention retention = retention(entries(), people(), drafts());

        retention.erase(ANA, CLOSED);

        String everything = all("entries") + all("people") + all("drafts");
        assertThat(everything).doesNotContain("Ana Ruiz", "ana@example.org", "Queremos agua");
        assertThat(doc("entries", "e-1").getString("community")).isEqualTo("MECCA");
        assertThat(doc("entries", "e-1").getString("supporterId")).isEqualTo(ANA);
        assertThat(doc("entries", "e-2").getString("text")).isEqualTo("Y parques");
        assertThat(doc("entries", "e-2").getString("email")).isEqualTo("bea@example.org");
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), "entries")).isEqualTo(2);
        assertThat(stepsRun).containsExactly(ANA);
    }

    @Test
    void anErasureAlsoBlanksWhatTheScheduleKeptInDocumentsAnonymizedBefore() {
        item("item-1", CLOSED);
        entry("e-1", "item-1", ANA, "Ana Ruiz", "ana@example.org", "Queremos agua");
        PersonalDataRetention retention = retention(entries());
        retention.anonymizeDue(CLOSED.plus(RETENTION));
        Object firstAnonymized = doc("entries", "e-1").get("anonymizedAt");

        retention.erase(ANA, CLOSED.plus(RETENTION).plus(Duration.ofDays(3)));

        assertThat(doc("entries", "e-1").getString("text")).isEmpty();
        assertThat(doc("entries", "e-1").get("anonymizedAt")).isEqualTo(firstAnonymized);
    }

    @Test
    void supporterErasedDeliveredTwiceIsHandledOnceAndLeavesTheSameResult() {
        item("item-1", null);
        entry("e-1", "item-1", ANA, "Ana Ruiz", "ana@example.org", "Queremos agua");
        PersonalDataRetention retention = retention(entries());
        Consumer<Message<byte[]>> consumer = new EventHandlers(JsonMapper.builder().build(), new ProcessedEvents(mongo),
                meters).consumer(PersonalDataRetention.CONSUMER).with(retention).build();
        SupporterErased erased = new SupporterErased("era-1", ANA, CLOSED);

        consumer.accept(message("ev-1", erased));
        Document after = doc("entries", "e-1");
        consumer.accept(message("ev-1", erased));

        assertThat(after.toJson()).doesNotContain("Ana Ruiz", "ana@example.org", "Queremos agua");
        assertThat(doc("entries", "e-1")).isEqualTo(after);
        assertThat(stepsRun).containsExactly(ANA);
        assertThat(meters.counter("plaza.events.consumed", "consumer", PersonalDataRetention.CONSUMER, "type",
                EventTypes.typeOf(SupporterErased.class), "outcome", "duplicate").count()).isEqualTo(1);
    }

    @Test
    void aFailingHolderDoesNotStopTheOthersAndTheRunFails() {
        person("p-1", ANA, "Ana Ruiz", CLOSED);
        PersonalDataHolder broken = PersonalDataHolder.in("entries").unset("name")
                .dueWhen(now -> { throw new IllegalStateException("broken"); }).build();
        PersonalDataRetention retention = retention(broken, people());

        assertThatThrownBy(() -> retention.anonymizeDue(CLOSED.plus(RETENTION).plusSeconds(1))).hasMessage("broken");
        assertThat(doc("people", "p-1").get("name")).isNull();
    }

    @Test
    void theJobRunsHourlyFromAMinuteAfterStart() {
        var job = retention(entries()).job();

        assertThat(job.name()).isEqualTo(PersonalDataRetention.JOB);
        assertThat(job.interval()).isEqualTo(Duration.ofHours(1));
        assertThat(job.initialDelay()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aHolderThatErasesNothingIsRefused() {
        assertThatThrownBy(() -> PersonalDataHolder.in("entries").build()).hasMessageContaining("erases nothing");
        assertThatThrownBy(() -> PersonalDataHolder.in("entries").unset("name")
                .afterItemClosed(ClosedItems.in("items").markedAt("x").after(RETENTION)).build())
                .hasMessageContaining("linkedBy");
    }

    private PersonalDataRetention retention(PersonalDataHolder... holders) {
        return new PersonalDataRetention(mongo, List.of(holders), List.of((id, at) -> stepsRun.add(id)), meters,
                java.time.Clock.systemUTC());
    }

    private static PersonalDataHolder entries() {
        return PersonalDataHolder.in("entries").unset("name", "email").onErasureAlsoSet("text", "").versioned()
                .afterItemClosed(ClosedItems.in("items").linkedBy("itemId").markedAt("erasedAt").after(RETENTION)
                        .where(Criteria.where("status").is("CLOSED")))
                .build();
    }

    private static PersonalDataHolder people() {
        return PersonalDataHolder.in("people").unset("name", "email")
                .dueWhen(now -> where("lastActiveAt").lt(now.minus(RETENTION))).build();
    }

    private static PersonalDataHolder drafts() {
        return PersonalDataHolder.in("drafts").deleted().dueWhen(now -> where("expiresAt").lt(now)).build();
    }

    private static void item(String id, Instant closedAt) {
        mongo.insert(new Document("_id", id).append("closedAt", closedAt == null ? null : java.util.Date.from(closedAt))
                .append("status", closedAt == null ? "OPEN" : "CLOSED"), "items");
    }

    private static void entry(String id, String itemId, String supporterId, String name, String email, String text) {
        mongo.insert(new Document("_id", id).append("itemId", itemId).append("supporterId", supporterId)
                .append("name", name).append("email", email).append("text", text).append("community", "MECCA")
                .append("version", 1), "entries");
    }

    private static void person(String id, String supporterId, String name, Instant lastActiveAt) {
        mongo.insert(new Document("_id", id).append("supporterId", supporterId).append("name", name)
                .append("email", name.toLowerCase().replace(' ', '.') + "@example.org").append("consent", true)
                .append("lastActiveAt", java.util.Date.from(lastActiveAt)), "people");
    }

    private static Document doc(String collection, String id) {
        return mongo.findById(id, Document.class, collection);
    }

    private static String all(String collection) {
        return mongo.findAll(Document.class, collection).toString();
    }

    private static Message<byte[]> message(String id, SupporterErased event) {
        String json = JsonMapper.builder().build().writeValueAsString(event);
        return MessageBuilder.withPayload(json.getBytes(StandardCharsets.UTF_8)).setHeader("ce_id", id)
                .setHeader("ce_type", EventTypes.typeOf(SupporterErased.class)).setHeader("ce_subject", event.subject())
                .build();
    }
}
