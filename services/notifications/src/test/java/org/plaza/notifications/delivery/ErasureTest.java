package org.plaza.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.plaza.events.EventTypes;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.supporters.SupporterErased;
import org.plaza.notifications.NotificationsServiceTest;
import org.plaza.notifications.consent.Suppressions;
import org.plaza.notifications.consent.TextConsent;
import org.plaza.notifications.template.Category;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.testsupport.privacy.PersonalDataScan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * A supporter's erasure ({@code SupporterErased} on plaza.supporters): what was sent keeps its delivery log without
 * the address, what was not sent yet is cancelled, a request asked for before the erasure that arrives after it is
 * never sent, and the unsubscribe (keyed by the pseudonym, no address) keeps suppressing.
 */
class ErasureTest extends NotificationsServiceTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    SupporterIds supporterIds;
    @Autowired
    Suppressions suppressions;
    @Autowired
    MeterRegistry meters;
    @Autowired
    TextConsent textConsent;

    @Test
    void anErasedSupportersContactDetailsAreGoneFromEveryCollectionAndNothingMoreIsSentToThem() {
        String email = address("example.org");
        String local = email.substring(0, email.indexOf('@'));
        String name = "Erin Borrada " + local;
        String code = "482913";
        String supporterId = supporterIds.supporterId(email);
        String sent = uniqueId("ntf-sent");
        String scheduled = uniqueId("ntf-reminder");
        events.publish(request(sent, "TRANSACTIONAL", "petitions.signature-verification", email, name, supporterId,
                Map.of("petitionTitle", "Agua limpia para Oasis", "code", code,
                        "confirmUrl", "https://plaza.example/petitions/agua/confirm?t=" + local),
                null, Instant.now()));
        events.publish(request(scheduled, "REMINDERS", "outreach.shift-reminder-24h", email, name, supporterId,
                Map.of("shiftTitle", "Puerta a puerta en Mecca", "startsAt", "sábado 16 de mayo, 9:00",
                        "place", "Centro comunitario de Mecca", "manageUrl", "https://plaza.example/outreach/s/" + local),
                Instant.now().plus(Duration.ofDays(30)), Instant.now()));
        awaitState(sent, "SENT");
        awaitState(scheduled, "PENDING");
        suppressions.suppress(supporterId, List.of(Category.CAMPAIGN_UPDATES), Instant.now());
        Instant beforeErasure = Instant.now();

        SupporterErased erased = new SupporterErased(uniqueId("era"), supporterId, Instant.now());
        String ceId = UUID.randomUUID().toString();
        double duplicatesBefore = duplicates();
        events.publish(erased, ceId);
        events.publish(erased, ceId);
        await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() > duplicatesBefore);
        String late = uniqueId("ntf-late");
        events.publish(request(late, "TRANSACTIONAL", "petitions.signature-verification", email, name, supporterId,
                Map.of("petitionTitle", "Agua", "code", code, "confirmUrl", "https://plaza.example/c?t=" + local),
                null, beforeErasure));

        assertThat(awaitState(late, "CANCELLED").contactDetailsKept()).isFalse();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> PersonalDataScan.assertNoTraceOf(mongo, email, name, local));
        assertThat(deliveryLog.find(sent).orElseThrow().state()).as("the delivery log stays").isEqualTo("SENT");
        assertThat(deliveryLog.find(scheduled).orElseThrow().state()).isEqualTo("CANCELLED");
        assertThat(suppressions.suppressed(supporterId, Category.CAMPAIGN_UPDATES)).as("still unsubscribed").isTrue();
        assertThat(messagesTo(email)).as("only the verification sent before the erasure").hasSize(1);

        String again = uniqueId("ntf-again");
        events.publish(request(again, "TRANSACTIONAL", "petitions.signature-verification", email, name, supporterId,
                Map.of("petitionTitle", "Agua", "code", "123456", "confirmUrl", "https://plaza.example/c?t=new"),
                null, Instant.now().plusSeconds(1)));
        assertThat(awaitState(again, "SENT")).as("someone who comes back after an erasure is written to").isNotNull();
    }

    /**
     * Only a text that will be sent ties its number to its supporter (for a stop word's announcement): one asked for
     * before the supporter's erasure that arrives after it, or arrives again, does not put the erased id back.
     */
    @Test
    void aTextAskedForBeforeAnErasureThatArrivesAfterItDoesNotTieTheNumberToTheErasedSupporterAgain() {
        String supporterId = "sup_" + uniqueId("erased-text");
        String phone = "+1760555" + String.format("%04d", ThreadLocalRandom.current().nextInt(1000, 9999));
        Instant beforeErasure = Instant.now();
        events.publish(new SupporterErased(uniqueId("era"), supporterId, Instant.now()), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.exists(query(where("_id").is(supporterId)), ErasedSupporters.COLLECTION));
        String late = uniqueId("ntf-late-text");
        NotificationRequested text = new NotificationRequested(late, "petitions", "TRANSACTIONAL",
                "petitions.signature-verification", "es", null, "Ana", Map.of("petitionTitle", "Agua limpia para Oasis",
                        "code", "482913", "confirmUrl", "https://plaza.example/petitions/agua/confirm"),
                "cmp-1", supporterId, List.of(), null, null, null, beforeErasure, phone, NotificationRequested.SMS);

        double duplicatesBefore = DeliveryOnceTest.duplicates(meters);
        events.publish(text);
        events.publish(text);

        assertThat(awaitState(late, "CANCELLED").contactDetailsKept()).isFalse();
        await().atMost(Duration.ofSeconds(30)).until(() -> DeliveryOnceTest.duplicates(meters) > duplicatesBefore);
        Document recipients = mongo.findById(textConsent.numberKey(phone), Document.class, "sms_recipients");
        assertThat(recipients == null ? List.of() : recipients.getList("supporterIds", String.class, List.of()))
                .doesNotContain(supporterId);
    }

    private static NotificationRequested request(String requestId, String category, String templateKey, String email,
            String name, String supporterId, Map<String, String> parameters, Instant sendAt, Instant requestedAt) {
        return new NotificationRequested(requestId, "outreach", category, templateKey, "es", email, name, parameters,
                "cmp-1", supporterId, List.of(requestId + "-item"), sendAt, null, requestedAt);
    }

    private double duplicates() {
        return meters.find("plaza.events.consumed").tag("type", EventTypes.typeOf(SupporterErased.class))
                .tag("outcome", "duplicate").counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
