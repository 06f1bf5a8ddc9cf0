package org.plaza.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plaza.events.notifications.NotificationDelivered;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.notifications.RecipientUnsubscribed;
import org.plaza.events.petitions.PetitionPublished;
import org.plaza.events.petitions.SignatureVerified;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Additive evolution: a consumer built against v1 reads what a producer that already added fields
 * (at the top level or in a nested record) sends, with the platform's strict mapper.
 */
class EvolutionTest {

    private final JsonMapper mapper = Contracts.PLATFORM_MAPPER;

    static Stream<String> types() {
        return Contracts.types().stream();
    }

    @Test
    void v1ConsumerReadsASignatureVerifiedThatGainedFields() {
        JsonNode payload = Contracts.readResource(
                "evolution/plaza.petitions.signature-verified.v1-read-from-a-v2-producer.json");

        SignatureVerified event = mapper.treeToValue(payload, SignatureVerified.class);

        assertThat(event).isEqualTo(new SignatureVerified("sig-2w9f6h1q", "pet-5n8r3k", "cmp-7q4m2x",
                "sup_Xb2k9QfL7mN4pR1tV8wZ0A", "OASIS", "es", true, false, "WEB",
                Instant.parse("2026-03-06T02:14:09.532Z")));
        assertThat(event.subject()).isEqualTo("sig-2w9f6h1q");
    }

    @Test
    void v1ConsumerReadsANotificationRequestWhoseAttachmentGainedFields() {
        JsonNode payload = Contracts.readResource(
                "evolution/plaza.notifications.notification-requested.v1-read-from-a-v2-producer.json");

        NotificationRequested request = mapper.treeToValue(payload, NotificationRequested.class);

        assertThat(request.requestId()).isEqualTo("ntf-outreach-sgn-8c5k1w-reminder-24h");
        assertThat(request.locale()).isEqualTo("es");
        assertThat(request.templateParameters()).containsEntry("startsAt", "sábado 18 de abril, 9:00 a. m.");
        assertThat(request.relatedIds()).isEqualTo(List.of("shf-2r7y4p", "sgn-8c5k1w"));
        assertThat(request.sendAt()).isEqualTo(Instant.parse("2026-04-17T16:00:00Z"));
        assertThat(request.attachment()).isEqualTo(new NotificationRequested.Attachment(
                "http://127.0.0.1:8085/internal/shifts/shf-2r7y4p/map.pdf", "mapa-ruta-mecca.pdf",
                "application/pdf"));
    }

    @Test
    void consumerBuiltBeforeAttachmentsListReadsTheMainAttachmentOfTheCurrentSample() {
        JsonNode sample = Contracts.sample("plaza.notifications.notification-requested.v1");

        NotificationRequestedBeforeAttachments older = mapper.treeToValue(sample,
                NotificationRequestedBeforeAttachments.class);

        assertThat(sample.path("attachments")).hasSize(1);
        assertThat(older.requestId()).isEqualTo("ntf-comments-pkt-4m1q8z-1");
        assertThat(older.attachment().filename()).isEqualTo("comentarios-publicos-item-7B-2026-05-12.pdf");
    }

    @Test
    void currentConsumerReadsARequestWithoutAttachmentsListAsNull() {
        ObjectNode older = (ObjectNode) Contracts.sample("plaza.notifications.notification-requested.v1");
        older.remove("attachments");

        NotificationRequested request = mapper.treeToValue(older, NotificationRequested.class);

        assertThat(request.attachments()).isNull();
        assertThat(request.attachment().mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void consumerBuiltBeforeTextMessagesReadsAnEmailRequestThatCarriesTheNewFields() {
        JsonNode sample = Contracts.sample("plaza.notifications.notification-requested.v1");

        NotificationRequestedBeforeAttachments older = mapper.treeToValue(sample,
                NotificationRequestedBeforeAttachments.class);

        assertThat(sample.path("channel").asString()).isEqualTo("EMAIL");
        assertThat(older.recipientEmail()).isEqualTo("board-clerk@water-district.example.org");
    }

    @Test
    void currentConsumerReadsARequestFromBeforeTextMessagesAsAnEmail() {
        ObjectNode older = (ObjectNode) Contracts.sample("plaza.notifications.notification-requested.v1");
        older.remove("recipientPhone");
        older.remove("channel");

        NotificationRequested request = mapper.treeToValue(older, NotificationRequested.class);

        assertThat(request.channel()).isNull();
        assertThat(request.recipientPhone()).isNull();
        assertThat(request.recipientEmail()).isEqualTo("board-clerk@water-district.example.org");
    }

    @Test
    void aTextMessageRequestWithoutAnEmailRoundTripsAndFitsTheSchema() {
        NotificationRequested sms = new NotificationRequested("ntf-outreach-remind24-sgn-8c5k1w", "outreach",
                "REMINDERS", "outreach.shift-reminder-24h", "es", null, "Lupita",
                Map.of("shiftTitle", "Mecca: agua limpia"), "cmp-7q4m2x", "sup_Xb2k9QfL7mN4pR1tV8wZ0A",
                List.of("shf-2r7y4p", "sgn-8c5k1w"), null, null, null, Instant.parse("2026-04-05T00:42:11Z"),
                "+17605551234", NotificationRequested.SMS);

        JsonNode json = mapper.valueToTree(sms);

        assertThat(Contracts.validate("plaza.notifications.notification-requested.v1", json)).isEmpty();
        assertThat(json.path("recipientEmail").isNull()).isTrue();
        assertThat(mapper.treeToValue(json, NotificationRequested.class)).isEqualTo(sms);
    }

    @Test
    void aRequestWithNeitherAnEmailNorATextMessageNumberDoesNotFitTheSchema() {
        ObjectNode sample = (ObjectNode) Contracts.sample("plaza.notifications.notification-requested.v1");
        sample.putNull("recipientEmail");
        ObjectNode smsWithoutNumber = sample.deepCopy();
        smsWithoutNumber.put("channel", "SMS");

        assertThat(Contracts.validate("plaza.notifications.notification-requested.v1", sample)).isNotEmpty();
        assertThat(Contracts.validate("plaza.notifications.notification-requested.v1", smsWithoutNumber))
                .isNotEmpty();
    }

    @Test
    void theOlderConstructorsStillMakeEmailRequestsDeliveriesAndLinkUnsubscribes() {
        NotificationRequested request = new NotificationRequested("r-1", "petitions", "TRANSACTIONAL",
                "petitions.signature-verification", "es", "ana@example.org", null, Map.of(), null, null, List.of(),
                null, null, Instant.EPOCH);
        NotificationDelivered delivered = new NotificationDelivered("r-1", "petitions",
                "petitions.signature-verification", "EMAIL", Instant.EPOCH);
        RecipientUnsubscribed unsubscribed = new RecipientUnsubscribed("u-1", "sup_x", "EMAIL",
                List.of("CAMPAIGN_UPDATES"), null, Instant.EPOCH);

        assertThat(request.channel()).isNull();
        assertThat(request.recipientPhone()).isNull();
        assertThat(delivered.segments()).isNull();
        assertThat(unsubscribed.source()).isNull();
    }

    @ParameterizedTest
    @MethodSource("types")
    void everyRecordIgnoresFieldsAddedByALaterProducer(String type) {
        ObjectNode enriched = (ObjectNode) Contracts.sample(type);
        enriched.put("addedLater", "SOMETHING_NEW");
        enriched.putObject("addedLaterObject").put("count", 3).putArray("codes").add("A").add("B");
        enriched.putArray("addedLaterList").add(1).add(2);

        PlazaEvent event = mapper.treeToValue(enriched, Contracts.recordOf(type));

        assertThat(event).isEqualTo(mapper.treeToValue(Contracts.sample(type), Contracts.recordOf(type)));
    }

    @Test
    void strictMapperRejectsUnknownFieldsWhereARecordDoesNotOptIn() {
        JsonNode payload = Contracts.readTree("{\"id\": \"x-1\", \"addedLater\": true}");

        assertThatExceptionOfType(UnrecognizedPropertyException.class)
                .isThrownBy(() -> mapper.treeToValue(payload, WithoutOptIn.class));
    }

    @Test
    void newerConsumerReadsAnOptionalFieldAnOlderProducerOmitsAsNull() {
        ObjectNode older = (ObjectNode) Contracts.sample("plaza.petitions.petition-published.v1");
        older.remove("closesAt");

        PetitionPublished event = mapper.treeToValue(older, PetitionPublished.class);

        assertThat(event.closesAt()).isNull();
        assertThat(event.petitionId()).isEqualTo("pet-5n8r3k");
    }

    private record WithoutOptIn(String id) {
    }

    /** {@code NotificationRequested} as v1 consumers built before {@code attachments} was added know it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record NotificationRequestedBeforeAttachments(String requestId, String requestingService, String category,
            String templateKey, String locale, String recipientEmail, String recipientDisplayName,
            Map<String, String> templateParameters, String campaignId, String supporterId, List<String> relatedIds,
            Instant sendAt, NotificationRequested.Attachment attachment, Instant requestedAt) {
    }

}
