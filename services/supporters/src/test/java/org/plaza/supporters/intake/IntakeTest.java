package org.plaza.supporters.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plaza.events.EventTypes;
import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.outreach.ShiftAttended;
import org.plaza.events.outreach.ShiftSignedUp;
import org.plaza.events.outreach.TrainingCompleted;
import org.plaza.events.outreach.VolunteerRegistered;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.starter.messaging.ProcessedEvents;
import org.plaza.supporters.supporter.Action;
import org.plaza.supporters.supporter.ActionKind;
import org.plaza.supporters.supporter.Scope;
import org.plaza.supporters.supporter.Supporter;
import org.plaza.supporters.supporter.SupporterFilter;
import org.plaza.supporters.supporter.SupporterIndex;
import org.plaza.supporters.supporter.SupporterStore;
import org.plaza.supporters.testing.SupportersTest;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.micrometer.core.instrument.MeterRegistry;

/** Hand-overs and domain events from real Kafka topics end in one supporter record, whatever their order. */
@SupportersTest
class IntakeTest {

    private static final Instant SIGNED_AT = Instant.parse("2026-11-02T18:00:00Z");

    @Autowired KafkaTestEvents events;
    @Autowired SupporterStore store;
    @Autowired SupporterIndex index;
    @Autowired MongoTemplate mongo;
    @Autowired MeterRegistry meters;

    @Test
    void aCommentDeliveredTwiceIsOneActionWithoutAMemoryOfHandledEvents() {
        String supporterId = "sup_" + UUID.randomUUID();
        String campaign = "camp-" + UUID.randomUUID();
        CommentSubmitted comment = new CommentSubmitted("cmt-" + UUID.randomUUID(), "drive-1", campaign, supporterId,
                CommentSubmitted.Position.OPPOSE, "MECCA", "en", false, null, false, 1, SIGNED_AT);
        String eventId = "evt-" + UUID.randomUUID();
        double handledBefore = handledComments();
        events.publish(comment, eventId);
        events.publish(comment, eventId);

        await().atMost(Duration.ofSeconds(60)).until(() -> handledComments() >= handledBefore + 2);
        Supporter supporter = store.find(supporterId).orElseThrow();
        assertThat(supporter.actions()).singleElement().satisfies(action -> {
            assertThat(action.kind()).isEqualTo(ActionKind.COMMENTED);
            assertThat(action.itemId()).isEqualTo("drive-1");
            assertThat(action.at()).isEqualTo(SIGNED_AT);
        });
        assertThat(supporter.community()).isEqualTo("MECCA");
        assertThat(supporter.language()).isEqualTo("en");
        assertThat(mongo.exists(Query.query(Criteria.where("consumer").is("supporters-comments")),
                ProcessedEvents.COLLECTION)).as("no memory of handled comment events").isFalse();
    }

    private double handledComments() {
        var handled = meters.find("plaza.events.consumed").tag("consumer", "supporters-comments")
                .tag("type", EventTypes.typeOf(CommentSubmitted.class)).tag("outcome", "handled").counter();
        return handled == null ? 0 : handled.count();
    }

    @Test
    void eventsBeforeTheHandOverAndDuplicatesEndInOneRecordWithEveryActionOnce() {
        String supporterId = "sup_" + UUID.randomUUID();
        String campaign = "camp-" + UUID.randomUUID();
        events.publish(new ShiftAttended("signup-1", "shift-9", campaign, "vol-1", supporterId,
                ShiftAttended.CheckIn.ROSTER, 120, 1, "staff-1", SIGNED_AT.plusSeconds(86_400 * 3)));
        events.publish(new SignatureVerified("sig-1", "pet-1", campaign, supporterId, "OASIS", "es", true, false, "WEB",
                SIGNED_AT.plusSeconds(5)));
        SupporterContactShared share = new SupporterContactShared("share-" + UUID.randomUUID(), supporterId, "petitions",
                "PETITION_SIGNATURE", campaign, "pet-1", "rosa@example.org", "Rosa Pérez", "+17605550123", "es", "OASIS",
                List.of(new SupporterContactShared.Consent("EMAIL", "CAMPAIGN_UPDATES", true,
                        "Quiero recibir noticias de esta campaña")), SIGNED_AT);
        events.publish(share);
        events.publish(share);
        events.publish(new SignatureVerified("sig-1", "pet-1", campaign, supporterId, "OASIS", "es", true, false, "WEB",
                SIGNED_AT.plusSeconds(5)));
        events.publish(new CommentSubmitted("cmt-1", "drive-1", campaign, supporterId, CommentSubmitted.Position.SUPPORT,
                "OASIS", "es", false, null, false, 1, SIGNED_AT.plusSeconds(60)));
        events.publish(new VolunteerRegistered("vol-1", supporterId, campaign, "OASIS", List.of("es"), List.of(),
                VolunteerRegistered.AgeGroup.ADULT, "PETITION_LEAD", true, SIGNED_AT.plusSeconds(120)));
        events.publish(new ShiftSignedUp("signup-1", "shift-9", campaign, "vol-1", supporterId, "CANVASSER", 3,
                SIGNED_AT.plusSeconds(180)));
        events.publish(new TrainingCompleted("train-1", campaign, "vol-1", supporterId, 2, "cert-1",
                SIGNED_AT.plusSeconds(240)));

        Supporter supporter = await().atMost(Duration.ofSeconds(60)).until(() -> store.find(supporterId)
                .filter(s -> s.actions().size() == 6 && s.email() != null), found -> found.isPresent()).orElseThrow();

        assertThat(supporter.email()).isEqualTo("rosa@example.org");
        assertThat(supporter.name()).isEqualTo("Rosa Pérez");
        assertThat(supporter.community()).isEqualTo("OASIS");
        assertThat(supporter.actions()).extracting(Action::kind).containsExactlyInAnyOrder(ActionKind.SIGNED,
                ActionKind.COMMENTED, ActionKind.VOLUNTEERED, ActionKind.SIGNED_UP, ActionKind.ATTENDED, ActionKind.TRAINED);
        assertThat(supporter.consents()).singleElement().satisfies(consent -> {
            assertThat(consent.wording()).isEqualTo("Quiero recibir noticias de esta campaña");
            assertThat(consent.source()).isEqualTo("PETITION_SIGNATURE");
            assertThat(consent.at()).isEqualTo(SIGNED_AT);
        });
        assertThat(supporter.lastActiveAt()).isEqualTo(SIGNED_AT.plusSeconds(86_400 * 3));
        SupporterFilter trainedAndAgreed = new SupporterFilter(campaign, ActionKind.TRAINED, null, "OASIS", "es",
                "EMAIL:CAMPAIGN_UPDATES", null, null, null);
        assertThat(index.count(trainedAndAgreed, Scope.campaigns(List.of(campaign)))).isEqualTo(1);
    }
}
