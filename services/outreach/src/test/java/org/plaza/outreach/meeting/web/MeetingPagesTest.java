package org.plaza.outreach.meeting.web;

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
import org.plaza.outreach.meeting.MeetingFixtures;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.starter.links.ResidentLinks;
import org.plaza.starter.share.QrCodes;
import org.plaza.testsupport.pages.ResidentHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * The public meeting pages in both languages, without script: the list, a meeting's page with its directions, its
 * calendar link, its RSVP form, its link preview and share kit; its QR code opens it and its flyer carries both titles.
 */
@OutreachTest
class MeetingPagesTest {

    @Autowired Scenario scenario;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @LocalServerPort int port;

    @Test
    void aMeetingsPageShowsWhereAndWhenWithDirectionsTheInviteTheRsvpFormAndTheShareKit() throws Exception {
        Team team = scenario.team();
        var request = MeetingFixtures.request(team.campaignId(), 30);
        request.put("titleEs", "Asamblea del agua en Mecca");
        request.put("titleEn", "Water town hall in Mecca");
        String meetingId = MeetingFixtures.schedule(mvc, json, team.bearer(), request).get("meetingId").asString();
        ResidentHttp browser = ResidentHttp.onPort(port);

        String spanish = browser.page(ResidentLinks.meeting(meetingId)).body();
        ResidentHttp.assertInLayout(spanish, "es");
        assertThat(spanish).contains("<h1>Asamblea del agua en Mecca</h1>", "Cómo llegar (mapa)",
                "href=\"https://www.google.com/maps/search/?api=1&amp;query=", "Quedan 30 de 30 lugares",
                "href=\"/outreach/meetings/" + meetingId + "/invite.ics?lang=es\"", "Agregar a mi calendario (.ics)",
                "name=\"name\"", "name=\"email\"", "name=\"_csrf\"", "Confirmar asistencia",
                "<meta property=\"og:title\" content=\"Asamblea del agua en Mecca\">",
                "<meta property=\"og:description\" content=\"Hablaremos del agua potable.\">",
                "Compartir por WhatsApp", "%2Foutreach%2Fmeetings%2F" + meetingId + "%3Flang%3Des%26src%3Dwhatsapp",
                "href=\"/outreach/meetings/" + meetingId + "/flyer.pdf\"")
                .doesNotContain("<script");
        String english = browser.page(ResidentLinks.meeting(meetingId) + "?lang=en").body();
        assertThat(english).contains("<h1>Water town hall in Mecca</h1>", "Directions (map)", "30 of 30 places left",
                "Add to my calendar (.ics)", "Share on WhatsApp", "%3Flang%3Den%26src%3Dsms");

        String list = browser.page("/outreach/meetings?community=MECCA&lang=en").body();
        assertThat(list).contains("Community meetings", "href=\"/outreach/meetings/" + meetingId + "\"",
                "Water town hall in Mecca").doesNotContain("<script");
        assertThat(browser.page("/outreach/meetings?community=OASIS&lang=en").body()).doesNotContain(meetingId);
        ResidentHttp.assertErrorPage(browser.page("/outreach/meetings/mtg_missing?lang=es"), 404, "es", "Reunión no encontrada");
    }

    @Test
    void aMeetingsQrCodeOpensItsPageAndItsFlyerCarriesBothTitles() throws Exception {
        Team team = scenario.team();
        var request = MeetingFixtures.request(team.campaignId(), null);
        request.put("titleEs", "Asamblea del agua en Mecca");
        request.put("titleEn", "Water town hall in Mecca");
        String meetingId = MeetingFixtures.schedule(mvc, json, team.bearer(), request).get("meetingId").asString();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port + ResidentLinks.meeting(meetingId);

        byte[] png = http.send(HttpRequest.newBuilder(URI.create(base + "/qr.png")).build(), BodyHandlers.ofByteArray()).body();
        assertThat(QrCodes.read(png)).matches("https?://[^/]+/outreach/meetings/" + meetingId + "\\?src=qr");
        HttpResponse<byte[]> flyer = http.send(HttpRequest.newBuilder(URI.create(base + "/flyer.pdf")).build(),
                BodyHandlers.ofByteArray());
        assertThat(flyer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(flyer.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Asamblea del agua en Mecca", "Water town hall in Mecca", "Ven a esta reunión",
                    "Come to this meeting");
        }
    }
}
