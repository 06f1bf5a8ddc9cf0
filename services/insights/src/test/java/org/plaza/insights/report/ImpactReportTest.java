package org.plaza.insights.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plaza.insights.support.Fixtures.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.plaza.events.comments.CommentSubmitted.Position;
import org.plaza.insights.support.Api;
import org.plaza.insights.support.InsightsServiceTest;
import org.plaza.testsupport.security.Role;

/** The impact report a funder or board member reads: PDF and CSV, in Spanish and English, counts only. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImpactReportTest extends InsightsServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private final String campaign = id("cmp");

    @BeforeAll
    void aCampaignWithActions() {
        String petition = id("pet");
        String drive = id("drv");
        String shift = id("shf");
        events.publish(campaign(campaign, "Niñas y niños a salvo en Oasis, Ñuu Savi y Cộng đồng", "Children safe in Oasis", "org-r"));
        events.publish(petition(petition, campaign, now().plus(10, ChronoUnit.DAYS)));
        events.publish(signature(id("sig"), petition, campaign, "sup-r1", "OASIS", "es"));
        events.publish(signature(id("sig"), petition, campaign, "sup-r2", "OASIS", "es"));
        events.publish(signature(id("sig"), petition, campaign, "sup-r3", "MECCA", "en"));
        events.publish(drive(drive, campaign, now().plus(6, ChronoUnit.DAYS), now().plus(5, ChronoUnit.DAYS)));
        events.publish(comment(id("cmt"), drive, campaign, "sup-r1", Position.SUPPORT, 1));
        events.publish(volunteer(id("vol"), "sup-r1", campaign));
        events.publish(shift(shift, campaign, now().minus(2, ChronoUnit.DAYS), 4, 2));
        events.publish(attended(id("su"), shift, campaign, "vol-r", "sup-r1", 150, 1));
        await().atMost(WAIT).until(() -> api().getJson("/api/staff/insights/campaigns/" + campaign, "op-1", Role.OPERATOR)
                .at("/totals/minutesServed").asLong() == 150
                && api().getJson("/api/staff/insights/campaigns/" + campaign, "op-1", Role.OPERATOR)
                        .at("/totals/signatures").asLong() == 3);
    }

    @Test
    void writesTheReportAsAPdfInSpanish() throws Exception {
        Api.Answer pdf = api().get("/staff/insights/campaigns/" + campaign + "/report.pdf?lang=es", "org-r", Role.ORGANIZER);

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(pdf.headers().getContentDisposition().getFilename()).isEqualTo("plaza-impact-" + campaign + "-es.pdf");
        String text = text(pdf.body());
        assertThat(text).contains("Informe de impacto: Niñas y niños a salvo en Oasis, Ñuu Savi y Cộng đồng", "Firmas verificadas 3",
                "Participación por comunidad", "Oasis 2 0 0", "Mecca 1 1 1", "Horas de voluntariado 2,5",
                "Peticiones: entregas y respuestas", "Aún no entregada", "Comentarios públicos a organismos públicos",
                "no contiene datos personales");
    }

    @Test
    void writesTheReportAsAPdfInEnglish() throws Exception {
        String text = text(api().get("/staff/insights/campaigns/" + campaign + "/report.pdf?lang=en", "op-1",
                Role.OPERATOR).body());

        assertThat(text).contains("Impact report: Children safe in Oasis", "Verified signatures 3",
                "Participation by community", "Volunteer hours 2.5", "Not delivered yet", "holds no personal data");
    }

    @Test
    void writesTheReportAsCsvWithAByteOrderMarkForSpreadsheets() {
        Api.Answer csv = api().get("/staff/insights/campaigns/" + campaign + "/report.csv?lang=es", "op-1", Role.OPERATOR);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
        assertThat(text.lines().findFirst()).contains("sección,id,elemento,medida,valor");
        assertThat(text).contains("Acciones," + campaign + ",\"Niñas y niños a salvo en Oasis, Ñuu Savi y Cộng đồng\",Firmas verificadas,3",
                "Participación por comunidad,OASIS,Oasis,Firmas verificadas,2", ",Horas de voluntariado,2.5");
    }

    @Test
    void aReportCellStartingWithEqualsIsNeutralized() {
        String hostile = id("cmp");
        events.publish(campaign(hostile, "=HYPERLINK(\"http://evil.example\",\"Ver\")", "-2+3+cmd|' /C calc'!A0", "org-r"));
        await().atMost(WAIT).until(() -> api().get("/api/staff/insights/campaigns/" + hostile, "op-1", Role.OPERATOR)
                .status() == 200);

        String es = csvText(api().get("/staff/insights/campaigns/" + hostile + "/report.csv?lang=es", "op-1", Role.OPERATOR));
        String en = csvText(api().get("/staff/insights/campaigns/" + hostile + "/report.csv?lang=en", "op-1", Role.OPERATOR));

        assertThat(es).contains("," + hostile + ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Ver\"\")\",")
                .doesNotContain("," + hostile + ",\"=HYPERLINK");
        assertThat(en).contains("," + hostile + ",'-2+3+cmd|' /C calc'!A0,").doesNotContain("," + hostile + ",-2+3");
    }

    @Test
    void isOnlyForTheCampaignsOrganizersAndOperators() {
        assertThat(api().get("/staff/insights/campaigns/" + campaign + "/report.pdf", "org-other", Role.ORGANIZER).status())
                .isEqualTo(403);
        assertThat(api().get("/staff/insights/campaigns/" + campaign + "/report.csv", "org-other", Role.ORGANIZER).status())
                .isEqualTo(403);
    }

    private static String csvText(Api.Answer csv) {
        assertThat(csv.status()).isEqualTo(200);
        return new String(csv.body(), StandardCharsets.UTF_8).substring(1);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
