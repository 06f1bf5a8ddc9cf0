package org.plaza.systemtests.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.plaza.systemtests.Chromium;
import org.plaza.systemtests.Mailbox;
import org.plaza.systemtests.Organizer;
import org.plaza.systemtests.PlatformJourney;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6's journey on the running platform, through the gateway: an organizer opens a drive before a
 * water board; a resident comments in Spanish on a 360 px phone, asks to speak, and confirms from the
 * Spanish email; two neighbors send the same words (a mass comment); the organizer approves all three and
 * closes the drive; the packet's PDF (read back with PDFBox) and CSV hold the totals, the group and the
 * speaker list, and the clerk's email arrives with the PDF attached.
 */
class CommentJourneyIT extends PlatformJourney {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final String MASS_COMMENT = "Necesitamos agua limpia en las escuelas de Mecca y Oasis antes del verano.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String clerk = "secretaria." + run + "@example.org";
    private String driveId;

    @BeforeAll
    void anOrganizerOpensADriveBeforeAWaterBoard() {
        String campaign = organizer.launchCampaign("Voz ante el distrito de agua", "A voice at the water district");
        String body = admin.postJson("/api/staff/comments/bodies", """
                {"name":"Junta del Distrito de Agua %s","kind":"WATER_DISTRICT_BOARD","clerkEmail":%s,
                 "clerkLanguage":"es","timeZone":"America/Los_Angeles","meetingLanguage":"en",
                 "deadlineHoursBeforeMeeting":24,"commentLengthLimit":3000}""".formatted(run, Organizer.json(clerk)))
                .path("id").asString();
        LocalDateTime now = LocalDateTime.now(LOS_ANGELES).truncatedTo(ChronoUnit.MINUTES);
        driveId = organizer.postOnceTheCampaignIsKnown("/api/staff/comments/drives", """
                {"campaignId":%s,"publicBodyId":%s,"meetingStartsAt":"%s","agendaItemNumber":"7",
                 "titleEs":"Tarifas de agua 2027","titleEn":"Water rates 2027",
                 "decisionEs":"La junta vota las nuevas tarifas.","decisionEn":"The board votes on the new rates.",
                 "talkingPointsEs":"Pida agua limpia en las escuelas.","talkingPointsEn":"Ask for clean water in schools.",
                 "commentDeadline":"%s","speakingRequestsAllowed":true,"autoApprove":false}""".formatted(
                Organizer.json(campaign), Organizer.json(body), now.plusDays(3), now.plusDays(2)))
                .path("id").asString();
    }

    @Test
    void aSpanishCommentConfirmedApprovedAndClosedReachesTheClerkInAPacketWithTotalsGroupAndSpeakers(
            @TempDir Path profile) throws IOException {
        Chromium.assumeAvailable();
        String resident = "marisol.diaz." + run + "@example.org";
        WebDriver phone = Chromium.phone(profile, "es");
        try {
            phone.get(stack.gatewayUrl() + "/comments/drives/" + driveId);
            phone.findElement(By.id("name")).sendKeys("Marisol Díaz");
            new Select(phone.findElement(By.id("community"))).selectByValue("MECCA");
            phone.findElement(By.id("email")).sendKeys(resident);
            phone.findElement(By.id("position-SUPPORT")).click();
            phone.findElement(By.id("comment")).sendKeys("Mis hijos toman agua embotellada en la escuela. Pido filtros.");
            new Select(phone.findElement(By.id("language"))).selectByValue("es");
            phone.findElement(By.id("wantsToSpeak")).click();
            new Select(phone.findElement(By.id("speakingLanguage"))).selectByValue("es");
            phone.findElement(By.xpath("//form[.//input[@id='name']]//button[@type='submit']")).click();
            Chromium.awaitText(phone, "Te enviamos un");

            Mailbox.Mail confirmation = stack.mailbox().awaitSubject(resident, "Confirma tu comentario");
            assertThat(confirmation.text()).contains("Recibimos tu comentario público sobre «Tarifas de agua 2027»");
            String link = confirmation.link("/comments/c/");
            assertThat(link).startsWith(stack.gatewayUrl());
            phone.get(link);
            phone.findElement(By.xpath("//form[contains(@action,'/confirm')]//button[@type='submit']")).click();
            Chromium.awaitText(phone, "tu comentario está confirmado");
        } finally {
            phone.quit();
        }
        commentAndConfirmThroughThePublicApi("Ana Ruiz", "ana.ruiz." + run + "@example.org");
        commentAndConfirmThroughThePublicApi("Beto Luna", "beto.luna." + run + "@example.org");

        approveAllThreeOnceConfirmed();
        admin.postJson("/api/staff/comments/drives/" + driveId + "/close", "");
        JsonNode packet = awaitDeliveredPacket();

        assertThat(packet.path("commentCount").asInt()).isEqualTo(3);
        assertThat(packet.path("groupCount").asInt()).isEqualTo(1);
        assertThat(packet.path("speakerCount").asInt()).isEqualTo(1);
        String pdf = text(admin.download(packet.path("pdf").asString()));
        assertThat(pdf).contains("Tarifas de agua 2027", "3 comentarios", "Comentarios agrupados (1 grupos)",
                "Grupo 1: enviado por 2 residentes", "Ana Ruiz", "Beto Luna", "Residentes que piden hablar (1)",
                "Marisol Díaz");
        assertThat(pdf.substring(pdf.indexOf("Residentes que piden hablar (1)"))).contains("Marisol Díaz")
                .doesNotContain("Ana Ruiz").doesNotContain("Beto Luna");
        List<CSVRecord> rows = csv(admin.download(packet.path("csv").asString()));
        assertThat(rows).hasSize(3);
        assertThat(rows).filteredOn(row -> row.get("group_size").equals("2")).hasSize(2)
                .extracting(row -> row.get("group_id")).containsOnly(rows.stream()
                        .filter(row -> row.get("name").equals("Ana Ruiz")).findFirst().orElseThrow().get("group_id"));
        assertThat(rows).filteredOn(row -> row.get("wants_to_speak").equals("true")).singleElement()
                .satisfies(speaker -> {
                    assertThat(speaker.get("name")).isEqualTo("Marisol Díaz");
                    assertThat(speaker.get("speaking_language")).isEqualTo("es");
                    assertThat(speaker.get("interpretation_needed")).isEqualTo("es");
                });

        Mailbox.Mail toClerk = stack.mailbox().awaitSubject(clerk, "Comentarios públicos sobre el punto 7");
        assertThat(toClerk.text()).contains("Adjuntamos 3 comentarios públicos");
        assertThat(toClerk.attachments()).hasSize(2);
        assertThat(toClerk.attachments().get(0)).satisfies(attachment -> {
            assertThat(attachment.contentType()).startsWith("application/pdf");
            assertThat(text(attachment.content())).contains("Marisol Díaz", "3 comentarios");
        });
        assertThat(toClerk.attachments().get(1)).satisfies(attachment -> {
            assertThat(attachment.contentType()).startsWith("text/csv");
            assertThat(new String(attachment.content(), StandardCharsets.UTF_8)).contains("Marisol Díaz");
        });
    }

    private void commentAndConfirmThroughThePublicApi(String name, String email) {
        String commentId = JSON.readTree(postAsResident("/api/public/comments/drives/" + driveId + "/comments", """
                {"name":%s,"community":"OASIS","email":%s,"position":"SUPPORT","comment":%s,"language":"es",
                 "wantsToSpeak":false,"website":""}""".formatted(Organizer.json(name), Organizer.json(email),
                Organizer.json(MASS_COMMENT)), 202)).path("commentId").asString();
        String code = stack.mailbox().awaitSubject(email, "Confirma tu comentario").code();
        postAsResident("/api/public/comments/comments/" + commentId + "/confirmation",
                "{\"code\":" + Organizer.json(code) + "}", 200);
    }

    private void approveAllThreeOnceConfirmed() {
        AtomicReference<JsonNode> queue = new AtomicReference<>();
        await("three confirmed comments waiting for moderation").atMost(Organizer.PROPAGATION)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    queue.set(admin.getJson("/api/staff/comments/drives/" + driveId + "/moderation?state=PENDING"));
                    return queue.get().size() == 3;
                });
        List<String> decisions = new ArrayList<>();
        queue.get().forEach(item -> decisions.add("{\"commentId\":" + Organizer.json(item.path("commentId").asString())
                + ",\"decision\":\"APPROVED\"}"));
        admin.postJson("/api/staff/comments/drives/" + driveId + "/moderation",
                "{\"decisions\":[" + String.join(",", decisions) + "]}");
    }

    private JsonNode awaitDeliveredPacket() {
        AtomicReference<JsonNode> packet = new AtomicReference<>();
        await("the packet compiled at closing and delivered").atMost(Organizer.PROPAGATION)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    JsonNode packets = admin.getJson("/api/staff/comments/drives/" + driveId + "/packets");
                    packets.forEach(candidate -> {
                        if (!candidate.path("deliveries").isEmpty()) {
                            packet.set(candidate);
                        }
                    });
                    return packet.get() != null;
                });
        return packet.get();
    }

    /** The PDF's text as PDFBox extracts it, with runs of white space made single spaces. */
    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CSVRecord> csv(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }
}
