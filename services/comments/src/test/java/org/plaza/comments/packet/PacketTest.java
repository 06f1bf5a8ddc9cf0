package org.plaza.comments.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.plaza.comments.CommentsServiceTest;
import org.plaza.comments.Fixtures;
import org.plaza.comments.comment.Comments;
import org.plaza.comments.support.TestClock;
import org.plaza.events.comments.CommentPacketCompiled;
import org.plaza.events.comments.CommentPacketDelivered;
import org.plaza.events.notifications.NotificationFailed;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * A drive with a mass-comment campaign, individual comments, speakers, a rejected, an unconfirmed and a
 * withdrawn comment is closed; its packet is read back from the PDF (PDFBox) and the CSV.
 */
@CommentsServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PacketTest {

    private static final String TEMPLATE = "Me opongo al aumento de las tarifas de agua. Muchas familias de la "
            + "comunidad ya pagan más de lo que pueden y el agua del pozo no es segura para beber.";

    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    Comments comments;

    String driveId;
    CommentPacketCompiled compiled;
    NotificationRequested delivery;

    @BeforeAll
    void closeADriveWithComments() {
        driveId = fixtures.drive(fixtures.body(2000), Duration.ofDays(2), false);
        fixtures.submitAndConfirm(driveId, speaker(comment("María López", "MECCA", "OPPOSE", TEMPLATE), "es"));
        fixtures.submitAndConfirm(driveId, comment("José Ramírez", "THERMAL", "OPPOSE", TEMPLATE.toUpperCase()));
        fixtures.submitAndConfirm(driveId, comment("Lucía Hernández", "OASIS", "OPPOSE", TEMPLATE.replace(".", "!")));
        fixtures.submitAndConfirm(driveId, comment("Pedro Gómez", "MECCA", "OPPOSE",
                TEMPLATE + " Tengo tres hijos."));
        Map<String, Object> english = comment("Sarah Miller", "INDIO", "SUPPORT",
                "I support the increase if it funds the new arsenic treatment plant for North Shore.");
        english.put("language", "en");
        fixtures.submitAndConfirm(driveId, speaker(english, "en"));
        String translated = fixtures.submitAndConfirm(driveId, comment("Nguyễn Thị Minh", "NORTH_SHORE", "NEUTRAL",
                "Queremos saber cuánto costará para las familias de North Shore antes de votar."));
        fixtures.submitAndConfirm(driveId, comment("Enojado", "MECCA", "OPPOSE", "Son unos pendejos todos."));
        fixtures.submit(driveId, comment("Sin Confirmar", "MECCA", "OPPOSE", "Nunca confirmé."), "es");
        String withdrawn = fixtures.submitAndConfirm(driveId, comment("Se Arrepintió", "OASIS", "SUPPORT", "Retiro."));
        withdraw(withdrawn);

        fixtures.approveAll(driveId);
        String abusive = comments.findAll().stream().filter(c -> c.driveId().equals(driveId))
                .filter(c -> c.content().name().equals("Enojado")).findFirst().orElseThrow().id();
        fixtures.postJson("/api/staff/comments/drives/" + driveId + "/moderation", fixtures.admin(),
                Map.of("decisions", List.of(Map.of("commentId", abusive, "decision", "REJECTED", "reason", "ABUSIVE"))));
        fixtures.putJson("/api/staff/comments/comments/" + translated + "/translation", fixtures.admin(),
                Map.of("text", "We want to know what it will cost North Shore families before the vote."));

        fixtures.postJson("/api/staff/comments/drives/" + driveId + "/close", fixtures.admin(), Map.of());
        compiled = events.awaitEvent(CommentPacketCompiled.class, e -> e.driveId().equals(driveId),
                Duration.ofSeconds(60)).event();
        delivery = events.awaitEvent(NotificationRequested.class,
                r -> "comments.packet-delivery".equals(r.templateKey()) && r.relatedIds().contains(driveId), Duration.ofSeconds(60))
                .event();
    }

    @Test
    void theCompiledEventCarriesTheTotals() {
        assertThat(compiled.commentCount()).isEqualTo(6);
        assertThat(compiled.groupCount()).isEqualTo(1);
        assertThat(compiled.uniqueCommentCount()).isEqualTo(2);
        assertThat(compiled.speakerCount()).isEqualTo(2);
        assertThat(compiled.countsByPosition()).containsExactlyInAnyOrderEntriesOf(
                Map.of("OPPOSE", 4, "SUPPORT", 1, "NEUTRAL", 1));
        assertThat(compiled.countsByCommunity()).containsExactlyInAnyOrderEntriesOf(
                Map.of("MECCA", 2, "THERMAL", 1, "OASIS", 1, "INDIO", 1, "NORTH_SHORE", 1));
        assertThat(compiled.countsByLanguage()).containsExactlyInAnyOrderEntriesOf(Map.of("es", 5, "en", 1));
        assertThat(compiled.contentSha256()).matches("[0-9a-f]{64}");
    }

    @Test
    void thePdfHoldsTheCoverTotalsTheGroupOnceTheUniqueCommentsAndTheSpeakers() throws Exception {
        String text = pdfText(download("pdf"));
        assertThat(text).contains("Public comments to the Coachella Valley Water District Board",
                "Agenda item 7: Water rate increase", "6 comments", "Oppose: 4", "Support: 1", "Neutral: 1",
                "Mecca: 2", "Thermal: 1", "North Shore: 1", "Spanish: 5", "English: 1",
                "1 groups of identical or nearly identical comments (4 comments), 2 individual comments, 2 residents "
                        + "asking to speak");
        assertThat(text).contains("Group 1: submitted by 4 residents", "María López (Mecca)", "José Ramírez (Thermal)",
                "Lucía Hernández (Oasis)", "Pedro Gómez (Mecca)");
        assertThat(count(text, "el agua del pozo no es segura")).as("the grouped text is printed once").isEqualTo(1);
        assertThat(text).contains("Individual comments (2)", "Sarah Miller (Indio)", "arsenic treatment plant",
                "Nguyễn Thị Minh (North Shore)", "cuánto costará",
                "Translation: We want to know what it will cost North Shore families");
        assertThat(text).contains("Residents asking to speak (2)",
                "María López (Mecca) · Oppose · speaks Spanish: interpretation into English needed",
                "Sarah Miller (Indio) · Support · no interpretation needed");
        assertThat(text).doesNotContain("Enojado", "pendejos", "Sin Confirmar", "Se Arrepintió");
    }

    @Test
    void namesBeyondWindows1252PrintAsWrittenWithTheEmbeddedFont() throws Exception {
        String text = pdfText(download("pdf"));
        assertThat(text).contains("Nguyễn Thị Minh (North Shore)").doesNotContain("Nguy?n", "Th? Minh");
    }

    @Test
    void theCsvHasOneRowPerCommentWithGroupsAndSpeakersAndAByteOrderMark() throws Exception {
        byte[] csv = download("csv");
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String content = new String(csv, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(content)).getRecords();
        assertThat(rows).hasSize(6);
        assertThat(rows).filteredOn(r -> r.get("group_size").equals("4")).extracting(r -> r.get("name"))
                .containsExactlyInAnyOrder("María López", "José Ramírez", "Lucía Hernández", "Pedro Gómez");
        assertThat(rows).filteredOn(r -> r.get("group_size").equals("4")).extracting(r -> r.get("group_id"))
                .containsOnly(rows.get(0).get("group_id"));
        assertThat(rows).filteredOn(r -> r.get("wants_to_speak").equals("true"))
                .extracting(r -> r.get("name") + "/" + r.get("interpretation_needed"))
                .containsExactlyInAnyOrder("María López/es", "Sarah Miller/");
        assertThat(rows).extracting(r -> r.get("comment")).contains(TEMPLATE + " Tengo tres hijos.");
        assertThat(rows).filteredOn(r -> r.get("name").equals("Nguyễn Thị Minh")).singleElement()
                .satisfies(r -> assertThat(r.get("translation")).startsWith("We want to know"));
    }

    @Test
    void sameCommentsGiveTheSamePacketApartFromItsTimestamp() throws Exception {
        TestClock.shared().freezeAt(TestClock.shared().instant().plus(Duration.ofMinutes(3)));
        JsonNode again;
        try {
            again = fixtures.postJson("/api/staff/comments/drives/" + driveId + "/packets", fixtures.admin(), Map.of());
        } finally {
            TestClock.shared().release();
        }
        assertThat(again.get("contentSha256").asString()).isEqualTo(compiled.contentSha256());
        JsonNode packets = fixtures.getJson("/api/staff/comments/drives/" + driveId + "/packets", fixtures.admin());
        assertThat(packets).hasSize(2);
        assertThat(packets.get(0).get("csvSha256").asString()).isEqualTo(packets.get(1).get("csvSha256").asString());
        byte[] latest = bytes(packets.get(0).get("pdf").asString());
        byte[] first = bytes(packets.get(1).get("pdf").asString());
        assertThat(latest).isNotEqualTo(first);
        assertThat(latest).hasSameSizeAs(first);
        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < first.length; i++) {
            if (first[i] != latest[i]) {
                differing.add(i);
            }
        }
        String firstText = new String(first, StandardCharsets.ISO_8859_1);
        for (int position : differing) {
            int start = Math.max(0, position - 25);
            assertThat(firstText.substring(start, Math.min(firstText.length(), position + 25)))
                    .as("byte %d differs outside the timestamp", position).containsPattern("Date\\(D:\\d{8}");
        }
    }

    @Test
    void isDeliveredToTheClerkWithPdfAndCsvLinksOnlyThatDeliveryOpens() throws Exception {
        assertThat(delivery.recipientEmail()).isEqualTo("clerk@cvwd.example.org");
        assertThat(delivery.category()).isEqualTo("PUBLIC_BODY_DELIVERY");
        assertThat(delivery.locale()).isEqualTo("en");
        assertThat(delivery.requestId()).startsWith("ntf-comments-packet-").endsWith("-1");
        assertThat(delivery.templateParameters()).containsEntry("commentCount", "6").containsEntry("agendaItem", "7")
                .containsEntry("itemTitle", "Water rate increase").containsEntry("speakerCount", "2")
                .containsKeys("meetingDate", "publicBody");
        assertThat(delivery.attachment().mediaType()).isEqualTo("application/pdf");
        URI uri = URI.create(delivery.attachment().uri());
        assertThat(uri.getHost()).isEqualTo("127.0.0.1");

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> fetched = http.send(HttpRequest.newBuilder(uri).header("Accept", "application/pdf")
                .header("X-Plaza-Notification-Request", delivery.requestId()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(pdfText(fetched.body())).contains("Group 1: submitted by 4 residents");
        String tampered = uri.toString().substring(0, uri.toString().length() - 4) + "AAAA";
        assertThat(http.send(HttpRequest.newBuilder(URI.create(tampered)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(uri).header("X-Plaza-Notification-Request", "ntf-someone-else")
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);

        assertThat(delivery.attachments()).singleElement().satisfies(csv -> {
            assertThat(csv.mediaType()).isEqualTo("text/csv; charset=UTF-8");
            assertThat(csv.filename()).isEqualTo(delivery.attachment().filename().replace(".pdf", ".csv"));
            assertThat(csv.uri()).isEqualTo(uri + "/csv");
        });
        URI csvUri = URI.create(delivery.attachments().get(0).uri());
        HttpResponse<byte[]> csv = http.send(HttpRequest.newBuilder(csvUri).header("Accept", "text/csv")
                .header("X-Plaza-Notification-Request", delivery.requestId()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWithIgnoringCase("text/csv").containsIgnoringCase("charset=UTF-8"));
        assertThat(csv.body()).isEqualTo(download("csv"));
        assertThat(http.send(HttpRequest.newBuilder(URI.create(tampered + "/csv")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(csvUri).header("X-Plaza-Notification-Request", "ntf-someone-else")
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);

        CommentPacketDelivered first = events.awaitEvent(CommentPacketDelivered.class,
                e -> e.driveId().equals(driveId) && e.deliveryNumber() == 1, Duration.ofSeconds(30)).event();
        assertThat(first.notificationRequestId()).isEqualTo(delivery.requestId());
        assertThat(first.staffId()).isNull();
    }

    @Test
    void aDeliveryCanBeRepeatedAndAFailureIsRecorded() {
        String packetId = fixtures.getJson("/api/staff/comments/drives/" + driveId + "/packets", fixtures.admin())
                .get(0).get("packetId").asString();
        JsonNode repeated = fixtures.postJson("/api/staff/comments/packets/" + packetId + "/deliveries",
                fixtures.admin(), Map.of());
        CommentPacketDelivered again = events.awaitEvent(CommentPacketDelivered.class,
                e -> e.packetId().equals(packetId) && e.staffId() != null, Duration.ofSeconds(30)).event();
        assertThat(again.staffId()).isEqualTo("admin-1");
        assertThat(again.notificationRequestId()).isEqualTo(repeated.get("notificationRequestId").asString());

        events.publish(new NotificationFailed(again.notificationRequestId(), "comments", "comments.packet-delivery", "EMAIL", 5,
                "MAILBOX_UNAVAILABLE", java.time.Instant.now()));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode packets = fixtures.getJson("/api/staff/comments/drives/" + driveId + "/packets", fixtures.admin());
            List<String> reasons = new ArrayList<>();
            packets.forEach(p -> p.get("deliveries").forEach(d -> reasons.add(d.get("failureReason").asString(""))));
            assertThat(reasons).contains("MAILBOX_UNAVAILABLE");
        });
    }

    private byte[] download(String kind) throws Exception {
        String packet = fixtures.getJson("/api/staff/comments/drives/" + driveId + "/packets", fixtures.admin())
                .get(0).get(kind).asString();
        return bytes(packet);
    }

    private byte[] bytes(String path) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, fixtures.admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private void withdraw(String commentId) {
        String token = fixtures.linkToken(commentId);
        try {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .post("/comments/c/" + token + "/withdraw")
                    .with(Fixtures.CSRF))
                    .andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> comment(String name, String community, String position, String text) {
        return Fixtures.comment(name, name.toLowerCase().replace(' ', '.').replaceAll("[^a-z.]", "") + "."
                + System.nanoTime() + "@example.org", community, position, text);
    }

    private static Map<String, Object> speaker(Map<String, Object> comment, String language) {
        comment.put("wantsToSpeak", true);
        comment.put("speakingLanguage", language);
        return comment;
    }
}
