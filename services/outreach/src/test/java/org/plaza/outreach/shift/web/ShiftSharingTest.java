package org.plaza.outreach.shift.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.starter.links.ResidentLinks;
import org.plaza.starter.share.QrCodes;
import org.plaza.testsupport.pages.ResidentHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A shift's page carries a link preview and share links that name their source, in the page's language; its QR code
 * opens it and its flyer carries both titles.
 */
@OutreachTest
class ShiftSharingTest {

    @Autowired
    Scenario scenario;
    @LocalServerPort
    int port;

    @Test
    void aShiftPageHasALinkPreviewAndShareLinksThatNameTheirSource() throws Exception {
        Team team = scenario.team();
        String shiftId = scenario.scheduleShift(team, team.shift().set("titleEs", "Tocar puertas en Mecca")
                .set("titleEn", "Door-knocking in Mecca"));
        ResidentHttp browser = ResidentHttp.onPort(port);

        String spanish = browser.page(ResidentLinks.shift(shiftId)).body();
        assertThat(spanish).contains("<meta property=\"og:title\" content=\"Tocar puertas en Mecca\">",
                "<meta property=\"og:locale\" content=\"es_US\">", "<meta name=\"twitter:card\"",
                "Compartir por WhatsApp", "Enviar por mensaje de texto", "Compartir en Facebook", "Enviar por correo",
                "%2Foutreach%2Fshifts%2F" + shiftId + "%3Flang%3Des%26src%3Dwhatsapp", "%26src%3Dsms",
                "%26src%3Dfacebook", "%26src%3Demail")
                .containsPattern("<meta property=\"og:url\" content=\"https?://[^\"]+/outreach/shifts/" + shiftId
                        + "\\?lang=es\">");
        String english = browser.page(ResidentLinks.shift(shiftId) + "?lang=en").body();
        assertThat(english).contains("<meta property=\"og:title\" content=\"Door-knocking in Mecca\">",
                "<meta property=\"og:locale\" content=\"en_US\">", "Share on WhatsApp", "%3Flang%3Den%26src%3Dsms",
                "href=\"/outreach/shifts/" + shiftId + "/qr.png\">QR code (image)</a>");
    }

    @Test
    void aShiftsQrCodeOpensItsPageAndItsFlyerCarriesBothTitles() throws Exception {
        Team team = scenario.team();
        String shiftId = scenario.scheduleShift(team, team.shift().set("titleEs", "Tocar puertas en Mecca")
                .set("titleEn", "Door-knocking in Mecca"));
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port + ResidentLinks.shift(shiftId);

        byte[] png = http.send(HttpRequest.newBuilder(URI.create(base + "/qr.png")).build(), BodyHandlers.ofByteArray()).body();
        assertThat(QrCodes.read(png)).matches("https?://[^/]+/outreach/shifts/" + shiftId + "\\?src=qr");

        HttpResponse<byte[]> flyer = http.send(HttpRequest.newBuilder(URI.create(base + "/flyer.pdf")).build(),
                BodyHandlers.ofByteArray());
        assertThat(flyer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(flyer.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Tocar puertas en Mecca", "Door-knocking in Mecca", "Sé voluntario en este turno",
                    "Volunteer for this shift");
            assertThat(text.replaceAll("\\s", "")).contains("/outreach/shifts/" + shiftId);
        }
    }
}
