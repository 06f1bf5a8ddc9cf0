package org.plaza.systemtests.supporters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plaza.systemtests.EventLog;
import org.plaza.systemtests.Organizer;
import org.plaza.systemtests.PageForm;
import org.plaza.systemtests.PlatformJourney;
import org.plaza.systemtests.SmsInbox;
import org.plaza.systemtests.StaffClient;

import tools.jackson.databind.JsonNode;

/**
 * Issue 21's broadcast by text, end to end through the gateway, without a browser's script: two residents sign a
 * campaign's petition with a mobile number only and tick "text me news", each confirming with the code texted to
 * them; one of them then replies ALTO. The organizer writes a broadcast by text message on the staff pages (a short
 * text in Spanish with accents and in English), sees before sending who gets a text, the segments (accents make them
 * 70 characters) and the estimated cost, confirms, and sends it. The resident who agreed gets it in the SMS sink with
 * how to stop; the one who replied ALTO gets nothing, because supporters no longer counts them (the announcement says
 * one text), not only because notifications would refuse it. The broadcast's report counts the text delivered.
 */
class TextBroadcastJourneyIT extends PlatformJourney {

    private static final String QUEUED = "plaza.supporters.broadcast-queued";

    private final String rosa = "+1760555" + fourDigits();
    private final String beto = "+1760555" + fourDigits();
    private String campaign;
    private String slug;
    private SmsInbox sms;

    @BeforeAll
    void anOrganizerOpensAPetitionInOasis() {
        sms = stack.smsInbox();
        campaign = organizer.launchCampaign("Agua por mensaje " + run, "Water by text " + run);
        slug = organizer.publishPetition(campaign, """
                "titleEs":"Agua limpia en Oasis %s","titleEn":"Clean water in Oasis %s",
                "textEs":"Pedimos agua limpia.","textEn":"We ask for clean water.",
                "decisionMakerEs":"Distrito de agua","decisionMakerEn":"Water district",
                "signatureGoal":10,"communities":["OASIS"]""".formatted(run, run)).path("slug").asString();
    }

    @Test
    void aResidentWhoAgreedToTextsGetsTheOrganizersTextAndOneWhoRepliedAltoDoesNot() {
        signWithAMobileNumber("Rosa Campos " + run, rosa);
        signWithAMobileNumber("Beto Campos " + run, beto);
        String agreedToTexts = "campaign=" + campaign + "&consent="
                + URLEncoder.encode("SMS:CAMPAIGN_UPDATES", StandardCharsets.UTF_8);
        await("supporters knows both agreed to texts").atMost(Organizer.PROPAGATION).pollInterval(Duration.ofSeconds(2))
                .until(() -> count(agreedToTexts) == 2);

        assertThat(sms.reply(beto, "ALTO")).as("the answer to a stop word").isPresent();
        await("the stop word withdraws Beto's consent to texts").atMost(Organizer.PROPAGATION)
                .pollInterval(Duration.ofSeconds(2)).until(() -> count(agreedToTexts) == 1);

        String textEs = "La junta se reúne el martes " + run + ". ¡Ven a hablar por el agua!";
        String textEn = "The board meets Tuesday " + run + ". Come and speak about water!";
        String compose = "/staff/supporters/campaigns/" + campaign + "/broadcasts";
        HttpResponse<String> draft = PageForm.on(admin.get(compose + "/new?lang=es"), compose)
                .set("channel", "SMS").set("esSubject", "Junta " + run).set("enSubject", "Board " + run)
                .set("esText", textEs).set("enText", textEn).submit(admin);
        assertThat(draft.uri().getPath()).as(draft.body()).startsWith("/staff/supporters/broadcasts/");
        String broadcast = draft.uri().getPath().substring("/staff/supporters/broadcasts/".length());
        assertThat(text(draft)).contains("Por mensaje de texto: 1 (en español 1, en inglés 0)",
                "Los acentos y otros caracteres (ú) hacen que cada segmento tenga 70 caracteres",
                "Costo estimado de los mensajes de texto", textEs + " Responde ALTO para salir.");

        String send = "/staff/supporters/broadcasts/" + broadcast + "/send";
        HttpResponse<String> confirmation = PageForm.on(draft, send).set("when", "now").submit(admin);
        assertThat(text(confirmation)).contains("Confirma el envío", "Por mensaje de texto: 1");
        HttpResponse<String> sent = PageForm.on(confirmation, send).submit(admin);
        assertThat(sent.uri().getQuery()).as(sent.body()).contains("done=sent");

        SmsInbox.Text toRosa = sms.awaitContaining(rosa, textEs);
        assertThat(toRosa.body()).endsWith("Responde ALTO para salir.");
        JsonNode announced = announcement(broadcast);
        assertThat(announced.path("channel").asString()).isEqualTo("SMS");
        assertThat(announced.path("textsQueued").asLong()).as("texts queued by supporters").isEqualTo(1);
        assertThat(announced.path("skipped").asLong()).as("Beto, after ALTO").isEqualTo(1);
        assertThat(sms.conversationWith(beto)).as("what Beto was texted")
                .noneMatch(text -> text.direction().equals("outbound-api") && text.body().contains(run)
                        && text.body().contains("junta"));

        await("the report counts the text delivered").atMost(Organizer.PROPAGATION).pollInterval(Duration.ofSeconds(2))
                .until(() -> deliveredTexts(broadcast).filter("1"::equals).isPresent());
    }

    /** A resident signs with a mobile number only, ticks "text me news", and confirms with the texted code. */
    private void signWithAMobileNumber(String name, String number) {
        StaffClient resident = new StaffClient(stack.gatewayUrl());
        String page = "/petitions/" + slug;
        HttpResponse<String> checkTexts = PageForm.on(resident.get(page + "?lang=es"), page + "/signatures")
                .set("fullName", name).set("phone", number.substring(2)).set("community", "OASIS")
                .set("smsOptIn", "true").submit(resident);
        SmsInbox.Text code = sms.await(number, "the signature's code", text -> text.body().matches("(?s).*\\d{6}.*"));
        HttpResponse<String> confirmed = PageForm.on(checkTexts, page + "/confirm-code").set("code", code.code())
                .submit(resident);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    }

    /** {@code BroadcastQueued} of the broadcast, as supporters announced it on {@code plaza.supporters}. */
    private JsonNode announcement(String broadcast) {
        return await("the broadcast announced").atMost(Organizer.PROPAGATION).pollInterval(Duration.ofSeconds(2))
                .until(() -> EventLog.readAll(stack.kafkaBootstrap(), "plaza.supporters").stream()
                        .filter(event -> event.is(QUEUED))
                        .filter(event -> broadcast.equals(event.payload().path("broadcastId").asString()))
                        .map(EventLog.Event::payload).findFirst(), Optional::isPresent).orElseThrow();
    }

    /** The report's "delivered" cell for texts on the broadcast's page, once the report is shown. */
    private Optional<String> deliveredTexts(String broadcast) {
        List<Element> rows = PageForm.page(admin.get("/staff/supporters/broadcasts/" + broadcast + "?lang=es"))
                .select("#report tbody tr");
        return rows.size() < 2 ? Optional.empty() : Optional.of(rows.get(1).select("td").last().text());
    }

    private long count(String query) {
        return admin.getJson("/api/staff/supporters/count?" + query).path("count").asLong();
    }

    private static String text(HttpResponse<String> page) {
        return PageForm.page(page).select("main").text();
    }

    /** Four digits for a 555 number of this run (not 0000, which the sink reports undelivered). */
    private static String fourDigits() {
        return String.format("%04d", ThreadLocalRandom.current().nextInt(100, 10_000));
    }
}
