package org.plaza.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.plaza.events.notifications.NotificationFailed;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.petitions.SignatureVerified;

class EventTypesTest {

    @Test
    void typeComesFromTheEventTypeAnnotation() {
        assertThat(EventTypes.typeOf(SignatureVerified.class)).isEqualTo("plaza.petitions.signature-verified.v1");
    }

    @Test
    void typeOfRefusesAnEventWithoutAnnotation() {
        assertThatIllegalArgumentException().isThrownBy(() -> EventTypes.typeOf(Unannotated.class))
                .withMessageContaining("@EventType");
    }

    @Test
    void domainEventsTravelOnTheirServicesTopic() {
        assertThat(EventTypes.topicOf("plaza.petitions.signature-verified.v1")).isEqualTo("plaza.petitions");
        assertThat(EventTypes.topicOf(EventTypes.typeOf(NotificationFailed.class))).isEqualTo("plaza.notifications");
    }

    @Test
    void notificationRequestsTravelOnTheirOwnTopic() {
        assertThat(EventTypes.topicOf(EventTypes.typeOf(NotificationRequested.class)))
                .isEqualTo("plaza.notifications.requests");
    }

    @Test
    void typeNotYetCataloguedStillMapsToItsServicesTopic() {
        assertThat(EventTypes.classOf("plaza.outreach.shift-relocated.v1")).isEmpty();
        assertThat(EventTypes.topicOf("plaza.outreach.shift-relocated.v1")).isEqualTo("plaza.outreach");
    }

    @Test
    void classOfFindsTheRecordOfEveryCataloguedType() {
        EventTypes.all().forEach(eventClass ->
                assertThat(EventTypes.classOf(EventTypes.typeOf(eventClass))).contains(eventClass));
    }

    @Test
    void serviceIsTheSegmentAfterPlaza() {
        assertThat(EventTypes.service("plaza.petitions.signature-verified.v1")).isEqualTo("petitions");
        assertThat(EventTypes.service("plaza.comments.comment-packet-delivered.v12")).isEqualTo("comments");
    }

    @Test
    void topicsListEveryTopicOnce() {
        assertThat(EventTypes.topics()).containsExactly("plaza.campaigns", "plaza.comments", "plaza.identity",
                "plaza.notifications", "plaza.notifications.requests", "plaza.outreach", "plaza.petitions",
                "plaza.supporters", "plaza.supporters.contacts");
    }

    @Test
    void schemaAndSampleLiveUnderEventsResources() {
        assertThat(EventTypes.schemaResource("plaza.petitions.signature-verified.v1"))
                .isEqualTo("events/schemas/plaza.petitions.signature-verified.v1.schema.json");
        assertThat(EventTypes.sampleResource("plaza.petitions.signature-verified.v1"))
                .isEqualTo("events/samples/plaza.petitions.signature-verified.v1.json");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"petitions.signature-verified.v1", "plaza.petitions.SignatureVerified.v1",
            "plaza.petitions.signature_verified.v1", "plaza.petitions.signature-verified",
            "plaza.petitions.signature-verified.v0", "plaza.petitions.signature-verified.v1.json",
            "plaza.Petitions.signature-verified.v1", "plaza.petitions.-signature-verified.v1"})
    void rejectsTypesThatBreakTheNamingRule(String type) {
        assertThatIllegalArgumentException().isThrownBy(() -> EventTypes.service(type));
        assertThatIllegalArgumentException().isThrownBy(() -> EventTypes.topicOf(type));
    }

    private record Unannotated(String id) implements PlazaEvent {

        @Override
        public String subject() {
            return id;
        }
    }

}
