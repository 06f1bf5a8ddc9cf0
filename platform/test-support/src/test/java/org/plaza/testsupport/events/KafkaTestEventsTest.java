package org.plaza.testsupport.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plaza.testsupport.PlazaServiceTest;
import org.plaza.testsupport.sample.SampleApplication;
import org.plaza.testsupport.sample.SampleRecorded;
import org.plaza.testsupport.sample.Samples;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@PlazaServiceTest(classes = SampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class KafkaTestEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    KafkaTestEvents events;

    @Autowired
    StaffTokens staffTokens;

    @Autowired
    Samples samples;

    @LocalServerPort
    int port;

    @Test
    void publishedEventComesBackWithItsCloudEventHeadersAndKey() {
        SampleRecorded sent = sample("COACHELLA");

        PublishedRecord published = this.events.publish(sent);
        ReceivedEvent<SampleRecorded> received = this.events.awaitEvent(SampleRecorded.class,
                event -> event.sampleId().equals(sent.sampleId()), WAIT);

        assertThat(received.event()).isEqualTo(sent);
        assertThat(received.topic()).isEqualTo("plaza.sample").isEqualTo(published.topic());
        assertThat(received.key()).isEqualTo(sent.sampleId());
        assertThat(received.offset()).isEqualTo(published.offset());
        assertThat(received.headers())
                .containsEntry("ce_id", published.id())
                .containsEntry("ce_type", "plaza.sample.sample-recorded.v1")
                .containsEntry("ce_source", CloudEventHeaders.TEST_SOURCE)
                .containsEntry("ce_subject", sent.sampleId())
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("contentType", "application/json")
                .containsKey("ce_time");
        assertThat(Instant.parse(received.header("ce_time"))).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void springCloudStreamConsumerReadsAPublishedEventAndItsIdAsText() {
        SampleRecorded sent = sample("OASIS");

        PublishedRecord published = this.events.publish(sent);

        await().atMost(WAIT).untilAsserted(() -> assertThat(this.samples.findById(sent.sampleId()))
                .hasValueSatisfying(sample -> assertThat(sample.recordedByEventId()).isEqualTo(published.id())));
    }

    @Test
    void awaitsOnlyWhatArrivesAfterAPositionCapturedBeforeTheStimulus() {
        this.events.publish(sample("THERMAL"));
        Position before = this.events.positionOf(SampleRecorded.class);
        String sampleId = "sample-" + UUID.randomUUID();

        int status = restClient().post().uri("/staff/samples/{id}?community=NORTH_SHORE", sampleId)
                .header(HttpHeaders.AUTHORIZATION, StaffTokens.bearer(this.staffTokens.staffToken("staff-7", Role.ORGANIZER)))
                .exchange((request, response) -> response.getStatusCode().value());
        ReceivedEvent<SampleRecorded> received = this.events.awaitEvent(before, SampleRecorded.class, event -> true, WAIT);

        assertThat(status).isEqualTo(202);
        assertThat(received.event().sampleId()).isEqualTo(sampleId);
        assertThat(received.key()).isEqualTo(sampleId);
        assertThat(received.type()).isEqualTo("plaza.sample.sample-recorded.v1");
        assertThat(received.header("ce_source")).isEqualTo("/plaza/sample");
        assertThat(received.header("ce_subject")).isEqualTo(sampleId);
        assertThat(received.id()).isNotBlank();
    }

    @Test
    void duplicateDeliveryKeepsItsIdAndBothCopiesAreRead() {
        SampleRecorded sent = sample("MECCA");
        String id = UUID.randomUUID().toString();

        this.events.publish(sent, id);
        this.events.publish(sent, id);

        assertThat(this.events.awaitEvents(SampleRecorded.class, event -> event.equals(sent), 2, WAIT))
                .extracting(ReceivedEvent::id).containsExactly(id, id);
        assertThat(this.events.eventsSoFar(SampleRecorded.class, event -> event.equals(sent))).hasSize(2);
    }

    @Test
    void poisonMessageIsSkippedByAwaitEventAndVisibleAsARawRecord() {
        SampleRecorded after = sample("COACHELLA");
        Map<String, String> headers = CloudEventHeaders.of(after, "poison-" + UUID.randomUUID(), Instant.now());

        PublishedRecord poison = this.events.publishRaw("plaza.sample", after.sampleId(), headers,
                "{not json".getBytes(StandardCharsets.UTF_8));
        this.events.publish(after);

        assertThat(this.events.awaitEvent(SampleRecorded.class, event -> event.sampleId().equals(after.sampleId()), WAIT).id())
                .isNotEqualTo(poison.id());
        assertThat(this.events.awaitRecords("plaza.sample", record -> poison.id().equals(record.id()), 1, WAIT))
                .singleElement()
                .satisfies(record -> assertThat(new String(record.event(), StandardCharsets.UTF_8)).isEqualTo("{not json"));
    }

    @Test
    void assertNoEventPassesWhenNothingMatchesAndFailsWhenAnEventDoes() {
        SampleRecorded sent = sample("OASIS");
        this.events.publish(sent);
        this.events.awaitEvent(SampleRecorded.class, event -> event.equals(sent), WAIT);

        this.events.assertNoEvent(SampleRecorded.class, event -> event.community().equals("NOWHERE"), Duration.ofMillis(500));
        assertThatThrownBy(() -> this.events.assertNoEvent(SampleRecorded.class, event -> event.equals(sent), Duration.ofSeconds(5)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected no matching plaza.sample.sample-recorded.v1");
    }

    @Test
    void awaitEventFailsWithTheEventsOfTheTypeItSaw() {
        SampleRecorded sent = sample("THERMAL");
        this.events.publish(sent);

        assertThatThrownBy(() -> this.events.awaitEvent(SampleRecorded.class, event -> false, Duration.ofSeconds(1)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected 1 plaza.sample.sample-recorded.v1 matching events on plaza.sample")
                .hasMessageContaining("Events of that type seen");
    }

    private RestClient restClient() {
        return RestClient.create("http://127.0.0.1:" + this.port);
    }

    private static SampleRecorded sample(String community) {
        return new SampleRecorded("sample-" + UUID.randomUUID(), community, Instant.parse("2026-03-02T17:30:00Z"));
    }

}
