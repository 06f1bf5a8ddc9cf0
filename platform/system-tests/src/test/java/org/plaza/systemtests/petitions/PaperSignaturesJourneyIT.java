package org.plaza.systemtests.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.plaza.systemtests.Chromium;
import org.plaza.systemtests.Mailbox;
import org.plaza.systemtests.Organizer;
import org.plaza.systemtests.PlatformJourney;
import org.plaza.systemtests.StaffClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 22's paper-entry journey on the running platform, through the gateway: a resident signs on the web; the
 * organizer imports a typed sheet (46 new signers, the web signer again, one row without a usable email), types the
 * sheet's last four rows on the fast entry form in a real browser without touching the mouse, and enters one canvass
 * signature; then the public count, the petition page, the delivery CSV and PDF and insights all say 52 signatures:
 * 1 online, 50 on paper forms, 1 by canvass.
 */
class PaperSignaturesJourneyIT extends PlatformJourney {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TODAY = LocalDate.now(ZoneId.of("America/Los_Angeles")).toString();

    private String campaignId;
    private String petitionId;
    private String slug;

    @BeforeAll
    void anOrganizerPublishesAPetition() {
        campaignId = organizer.launchCampaign("Sombra en las paradas " + run, "Shade at bus stops " + run);
        JsonNode petition = organizer.publishPetition(campaignId, """
                "titleEs":"Sombra en cada parada de Mecca","titleEn":"Shade at every Mecca bus stop",
                "textEs":"Pedimos techos en las paradas.","textEn":"We ask for roofs at the bus stops.",
                "decisionMakerEs":"Junta de supervisores","decisionMakerEn":"Board of supervisors",
                "signatureGoal":100,"milestones":[50],"communities":["MECCA","OASIS"]""");
        petitionId = petition.path("id").asString();
        slug = petition.path("slug").asString();
    }

    @Test
    void fiftySignaturesFromASheetCountOnThePetitionInItsExportsAndInInsights(@TempDir Path profile) throws Exception {
        String webSigner = "web.firmante." + run + "@example.org";
        signAndConfirmOnTheWeb("Elena Web", webSigner);

        StringBuilder sheet = new StringBuilder("Nombre;Correo;Teléfono;Comunidad;Acepta\r\n");
        for (int i = 1; i <= 46; i++) {
            sheet.append("Firmante %d de papel;papel.%d.%s@example.org;;%s;%s\r\n".formatted(i, i, run,
                    i % 2 == 0 ? "Mecca" : "Oasis", i % 3 == 0 ? "sí" : ""));
        }
        sheet.append("Elena Web;").append(webSigner.toUpperCase()).append(";;Mecca;\r\n");
        sheet.append("Sin correo;sin-arroba;;Mecca;\r\n");
        StaffClient staff = organizer.staff();
        String importPage = "/staff/petitions/" + petitionId + "/paper/import";
        HttpResponse<String> report = staff.upload(importPage, staff.get(importPage), Map.of("channel", "PAPER_FORM",
                "sheet", "H-" + run, "collector", "Inés Ortega", "place", "Tianguis de Mecca", "collectedOn", TODAY,
                "language", "es"), "file", "hoja-" + run + ".csv", sheet.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(Jsoup.parse(report.body()).select("#import-report").text()).contains(
                "Filas leídas: 48. Firmas agregadas: 46. Ya habían firmado: 1. Rechazadas: 1.",
                "Línea 48: ya había firmado (En línea)", "Línea 49, correo:");

        if (Chromium.available()) {
            typeTheLastRowsInABrowser(staff, profile);
        } else {
            for (int i = 47; i <= 50; i++) {
                staff.postJson("/api/staff/petitions/" + petitionId + "/paper-signatures", row("PAPER_FORM", "H-" + run,
                        "Firmante " + i + " de papel", "papel." + i + "." + run + "@example.org"));
            }
        }
        staff.postJson("/api/staff/petitions/" + petitionId + "/paper-signatures",
                row("CANVASS", "C-" + run, "Vecina de puerta", "puerta.1." + run + "@example.org"));

        await("the public count says 52: 1 online, 50 on paper, 1 canvass").atMost(Organizer.PROPAGATION)
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
                    JsonNode counts = JSON.readTree(staff.get("/api/public/petitions/" + slug + "/counts", "Accept",
                            "application/json").body());
                    return counts.path("verified").asLong() == 52 && counts.at("/byChannel/WEB").asLong() == 1
                            && counts.at("/byChannel/PAPER_FORM").asLong() == 50
                            && counts.at("/byChannel/CANVASS").asLong() == 1;
                });
        assertThat(Jsoup.parse(staff.get("/petitions/" + slug + "?lang=es").body()).select("#channel-split").text())
                .isEqualTo("En línea 1 · en papel 50 · puerta a puerta 1");

        String csv = new String(staff.download("/api/staff/petitions/" + petitionId + "/signatures.csv", "es"),
                StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1).count()).isEqualTo(52);
        assertThat(csv.lines().filter(line -> line.contains(",En línea,")).count()).isEqualTo(1);
        assertThat(csv.lines().filter(line -> line.contains(",Formulario en papel,H-" + run + "," + TODAY)).count())
                .isEqualTo(50);
        assertThat(csv.lines().filter(line -> line.contains(",Puerta a puerta,C-" + run + ",")).count()).isEqualTo(1);
        try (PDDocument pdf = Loader.loadPDF(staff.download("/api/staff/petitions/" + petitionId + "/delivery.pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("52 firmas verificadas",
                    "En línea 1, formularios en papel 50, puerta a puerta 1 / Online 1, paper forms 50, canvass 1");
        }

        await("insights counts the same by channel").atMost(Organizer.PROPAGATION).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    JsonNode detail = staff.getJson("/api/staff/insights/campaigns/" + campaignId);
                    return detail.at("/petitions/0/signatures").asLong() == 52
                            && detail.at("/petitions/0/byChannel/PAPER_FORM").asLong() == 50
                            && detail.at("/petitions/0/byChannel/CANVASS").asLong() == 1
                            && detail.at("/petitions/0/byChannel/WEB").asLong() == 1
                            && detail.at("/signaturesByChannel/PAPER_FORM").asLong() == 50;
                });
    }

    /**
     * The sheet's last four rows on the entry form, as staff type them: the sheet continues (its provenance in the
     * address the form returns to), the cursor waits in the name, Tab moves to the email, Enter adds the row and
     * brings the form back empty with the count of the sheet one higher.
     */
    private void typeTheLastRowsInABrowser(StaffClient staff, Path profile) {
        WebDriver browser = Chromium.start(profile);
        try {
            browser.get(stack.gatewayUrl() + "/plaza/plaza.css");
            browser.manage().addCookie(new Cookie.Builder("plaza_session", staff.cookie("plaza_session")).path("/")
                    .isHttpOnly(true).sameSite("Lax").build());
            browser.get(stack.gatewayUrl() + "/staff/petitions/" + petitionId + "/paper?lang=es&channel=PAPER_FORM&sheet=H-"
                    + run + "&collector=In%C3%A9s%20Ortega&place=Tianguis%20de%20Mecca&collectedOn=" + TODAY
                    + "&language=es&community=MECCA");
            Chromium.awaitText(browser, "Hoja H-" + run + ": 46 firmas ingresadas");
            for (int i = 47; i <= 50; i++) {
                assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("fullName");
                browser.switchTo().activeElement().sendKeys("Firmante " + i + " de papel", Keys.TAB,
                        "papel." + i + "." + run + "@example.org", Keys.ENTER);
                String count = "Hoja H-" + run + ": " + i + " firmas ingresadas";
                Chromium.awaitPage(browser, count, page -> page.findElement(By.id("sheet-count")).getText().equals(count)
                        && page.findElement(By.id("last-entry")).getText().equals("Firma agregada."));
                assertThat(browser.findElement(By.id("fullName")).getAttribute("value")).isEmpty();
                assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEmpty();
            }
        } finally {
            browser.quit();
        }
    }

    private String row(String channel, String sheet, String name, String email) {
        return """
                {"channel":"%s","sheet":"%s","collector":"Inés Ortega","place":"Tianguis de Mecca","collectedOn":"%s",
                 "language":"es","fullName":%s,"email":%s,"community":"OASIS","consent":false}""".formatted(channel,
                sheet, TODAY, Organizer.json(name), Organizer.json(email));
    }

    private void signAndConfirmOnTheWeb(String name, String email) {
        JsonNode ticket = JSON.readTree(postAsResident("/api/public/petitions/" + slug + "/signatures", """
                {"fullName":%s,"email":%s,"community":"MECCA","website":""}""".formatted(Organizer.json(name),
                Organizer.json(email)), 202));
        Mailbox.Mail mail = stack.mailbox().awaitSubject(email, "Confirma tu firma");
        postAsResident("/api/public/petitions/" + slug + "/confirmations", """
                {"ticket":%s,"code":%s}""".formatted(Organizer.json(ticket.path("ticket").asString()),
                Organizer.json(mail.code())), 200);
    }
}
