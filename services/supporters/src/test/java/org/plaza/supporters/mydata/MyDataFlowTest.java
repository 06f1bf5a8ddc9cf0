package org.plaza.supporters.mydata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.events.supporters.SupporterConsentChanged;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.events.supporters.SupporterErased;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.supporters.supporter.Supporter;
import org.plaza.supporters.supporter.SupporterStore;
import org.plaza.supporters.testing.SupportersTest;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.events.ReceivedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The resident's "my data" over real HTTP, Kafka and MongoDB: the code, the page, the downloads, consent changes and
 * erasure, as a browser without JavaScript does them (cookies, CSRF tokens from the pages, See Other after posts).
 */
@SupportersTest
class MyDataFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final AtomicInteger NETWORKS = new AtomicInteger(1);
    private static final AtomicInteger NUMBERS = new AtomicInteger(1000);
    private static final Instant SIGNED_AT = Instant.parse("2026-11-02T18:00:00Z");

    @LocalServerPort int port;
    @Autowired KafkaTestEvents events;
    @Autowired SupporterIds supporterIds;
    @Autowired SupporterStore store;
    @Autowired PhoneNumbers phones;

    @Test
    void theAnswerIsTheSameForAKnownAndAnUnknownAddressAndBothGetACode() {
        String known = handOver("known");
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";

        HttpResponse<String> forKnown = resident().askForCode(known, "es");
        HttpResponse<String> forUnknown = resident().askForCode(unknown, "es");

        assertThat(forKnown.statusCode()).isEqualTo(303).isEqualTo(forUnknown.statusCode());
        assertThat(Resident.location(forKnown).replaceAll("ticket=[^&]+", "ticket=T"))
                .isEqualTo(Resident.location(forUnknown).replaceAll("ticket=[^&]+", "ticket=T"));
        assertThat(forKnown.body()).isEqualTo(forUnknown.body());
        Resident someone = resident();
        String page = someone.get(Resident.location(forUnknown)).body();
        assertThat(page).contains("Revisa tu correo").doesNotContain(unknown);
        assertThat(codeFor(unknown).templateKey()).isEqualTo("supporters.my-data-code");
        assertThat(codeFor(known).locale()).isEqualTo("es");
    }

    @Test
    void aResidentWhoGaveOnlyTheirMobileNumberGetsTheCodeByTextInTheirLanguageAndSeesTheirData() {
        String phone = "+1760555" + String.format("%04d", NUMBERS.incrementAndGet());
        String supporterId = supporterIds.supporterId(phones.canonical(phone));
        events.publish(new SupporterContactShared("share-" + UUID.randomUUID(), supporterId, "comments",
                "PUBLIC_COMMENT", "camp-1", "drive-1", null, "Rosa Pérez", phone, "es", "MECCA", List.of(), SIGNED_AT));
        await().atMost(WAIT).until(() -> store.find(supporterId).isPresent());
        String unknown = "+1760555" + String.format("%04d", NUMBERS.incrementAndGet());
        Resident resident = resident();
        Position before = events.positionOf(NotificationRequested.class);

        HttpResponse<String> forKnown = resident.askForCodeByText(phone, "es");
        HttpResponse<String> forUnknown = resident().askForCodeByText("(760) 555-" + unknown.substring(8), "es");

        assertThat(forKnown.statusCode()).isEqualTo(303).isEqualTo(forUnknown.statusCode());
        assertThat(Resident.location(forKnown).replaceAll("ticket=[^&]+", "ticket=T"))
                .isEqualTo(Resident.location(forUnknown).replaceAll("ticket=[^&]+", "ticket=T"));
        NotificationRequested text = events.awaitEvent(before, NotificationRequested.class,
                e -> supporterId.equals(e.supporterId()), WAIT).event();
        assertThat(text.channel()).isEqualTo(NotificationRequested.SMS);
        assertThat(text.recipientPhone()).isEqualTo(phone);
        assertThat(text.recipientEmail()).isNull();
        assertThat(text.locale()).isEqualTo("es");
        assertThat(text.templateKey()).isEqualTo("supporters.my-data-code");
        String unknownId = supporterIds.supporterId(phones.canonical(unknown));
        assertThat(events.awaitEvent(before, NotificationRequested.class, e -> unknownId.equals(e.supporterId()), WAIT)
                .event().recipientPhone()).isEqualTo(unknown);

        String codePage = resident.get(Resident.location(forKnown)).body();
        assertThat(codePage).contains("Revisa tus mensajes de texto").doesNotContain(phone);
        HttpResponse<String> opened = resident.post("/supporters/my-data/code",
                Map.of("ticket", ticket(forKnown), "code", text.templateParameters().get("code"), "via", "text"));
        assertThat(Resident.location(opened)).isEqualTo("/supporters/my-data/view");
        assertThat(resident.get("/supporters/my-data/view?lang=es").body()).contains("Rosa Pérez", "Enviaste un comentario público");
    }

    @Test
    void aNumberThatCannotReceiveTextsIsRefusedNextToItsFieldAndKept() {
        Resident resident = resident();

        HttpResponse<String> refused = resident.askForCodeByText("555-12", "en");
        HttpResponse<String> both = resident.post("/supporters/my-data",
                Map.of("email", "ana@example.org", "phone", "(760) 555-0100", "website", ""));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"phone-error\"", "Enter a mobile number", "value=\"555-12\"");
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.body()).contains("id=\"phone-error\"", "Enter only one", "value=\"ana@example.org\"");
    }

    @Test
    void aWrongCodeIsRefusedNextToTheFieldAndTheRightOneOpensThePageOnlyOnce() {
        String email = handOver("wrong");
        Resident resident = resident();
        String ticket = ticket(resident.askForCode(email, "en"));
        String code = codeFor(email).templateParameters().get("code");

        resident.get("/supporters/my-data/code?ticket=" + ticket);
        HttpResponse<String> wrong = resident.post("/supporters/my-data/code",
                Map.of("ticket", ticket, "code", code.equals("000000") ? "999999" : "000000"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("id=\"code-error\"", "That is not the code we sent");

        HttpResponse<String> right = resident.post("/supporters/my-data/code", Map.of("ticket", ticket, "code", code));
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(Resident.location(right)).isEqualTo("/supporters/my-data/view");
        assertThat(right.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("plaza_my_data=").contains("HttpOnly", "SameSite=Strict", "Path=/supporters/my-data"));
        assertThat(resident.get("/supporters/my-data/view?lang=en").body()).contains(email, "Signed a petition");

        Resident other = resident();
        other.get("/supporters/my-data/code?ticket=" + ticket);
        HttpResponse<String> reused = other.post("/supporters/my-data/code", Map.of("ticket", ticket, "code", code));
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(reused.body()).contains("Este código ya se usó");
        assertThat(other.get("/supporters/my-data/view").statusCode()).isEqualTo(303);
    }

    @Test
    void withoutTheCodeThePageAndTheDownloadsSendYouBackToTheStart() {
        Resident stranger = resident();

        assertThat(Resident.location(stranger.get("/supporters/my-data/view"))).isEqualTo("/supporters/my-data?notice=session-ended");
        assertThat(stranger.download("/supporters/my-data/download.json").statusCode()).isEqualTo(303);
        assertThat(stranger.download("/supporters/my-data/download.csv").statusCode()).isEqualTo(303);
    }

    @Test
    void anAddressGetsAtMostThreeCodesAnHourAndTheFourthAnswerLooksTheSame() {
        String email = "often-" + UUID.randomUUID() + "@example.org";
        Position before = events.positionOf(NotificationRequested.class);

        for (int i = 0; i < 4; i++) {
            HttpResponse<String> answer = resident().askForCode(email, "es");
            assertThat(answer.statusCode()).isEqualTo(303);
            assertThat(Resident.location(answer)).startsWith("/supporters/my-data/code?ticket=mdc_");
        }

        String supporterId = supporterIds.supporterId(email);
        List<String> sent = events.awaitEvents(before, NotificationRequested.class,
                e -> supporterId.equals(e.supporterId()), 3, WAIT).stream().map(e -> e.event().requestId()).toList();
        events.assertNoEvent(before, NotificationRequested.class,
                e -> supporterId.equals(e.supporterId()) && !sent.contains(e.requestId()), Duration.ofSeconds(3));
    }

    @Test
    void aClientThatAsksForTooManyCodesIsToldToWaitIn429() {
        Resident busy = resident();
        for (int i = 0; i < 10; i++) {
            assertThat(busy.askForCode("many-" + i + "-" + UUID.randomUUID() + "@example.org", "en").statusCode())
                    .isEqualTo(303);
        }

        HttpResponse<String> refused = busy.askForCode("one-more-" + UUID.randomUUID() + "@example.org", "en");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Too many codes were asked for from your connection");
    }

    @Test
    void theDownloadsHoldTheContactDetailsConsentsAndActions() {
        String email = handOver("download");
        Resident resident = open(email, "en");

        HttpResponse<byte[]> json = resident.download("/supporters/my-data/download.json");
        HttpResponse<byte[]> csv = resident.download("/supporters/my-data/download.csv");

        assertThat(json.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", ".json");
        assertThat(json.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(new String(json.body(), StandardCharsets.UTF_8)).contains("\"email\":\"" + email + "\"",
                "\"kind\":\"SIGNED\"", "\"wording\":\"Quiero recibir noticias de esta campaña\"",
                "\"source\":\"PETITION_SIGNATURE\"", "\"community\":\"OASIS\"");
        String table = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(table).startsWith("\uFEFFsection,field,value,date (UTC),source\r\n")
                .contains("Contact details,Email," + email, "Contact details,Community,Oasis",
                        "What you receive now,Campaign updates by email,agreed,2026-11-02T18:00:00Z,"
                                + "when signing a petition (petitions pet-1)",
                        "A decision you made,Campaign updates by email,agreed: Quiero recibir noticias de esta campaña,",
                        "Something you did,Signed a petition,pet-1,2026-11-02T18:00:00Z,petitions");
    }

    @Test
    void theSpanishPageSaysThereIsNoDataWithoutGivingEmptyTagsAndNotesAMasculineNinguno() {
        Resident resident = open(handOver("vacio"), "es");

        String page = resident.get("/supporters/my-data/view?lang=es").body();

        assertThat(page).contains("Etiquetas que pusieron los organizadores", "sin datos").doesNotContain("ninguno");
    }

    @Test
    void theSpreadsheetDownloadSpeaksTheLanguageOfThePageItCameFrom() {
        String email = handOver("hoja");
        Resident resident = open(email, "es");

        String table = new String(resident.download("/supporters/my-data/download.csv").body(), StandardCharsets.UTF_8);

        assertThat(table).startsWith("\uFEFFsección,campo,valor,fecha (UTC),origen\r\n")
                .contains("Datos de contacto,Correo electrónico," + email, "Datos de contacto,Idioma,Español",
                        "Lo que recibes ahora,Novedades de campañas por correo electrónico,aceptaste,2026-11-02T18:00:00Z,"
                                + "al firmar una petición (peticiones pet-1)",
                        "Algo que hiciste,Firmaste una petición,pet-1,2026-11-02T18:00:00Z,peticiones")
                .doesNotContain("section", "consent in force", "granted", "SIGNED");
        assertThat(new String(resident.download("/supporters/my-data/download.csv?lang=en").body(),
                StandardCharsets.UTF_8)).startsWith("\uFEFFsection,field,value,date (UTC),source\r\n");
    }

    @Test
    void aConsentWithdrawnOnThePageIsRecordedWithItsProvenanceAndToldToNotifications() {
        String email = handOver("consent");
        String supporterId = supporterIds.supporterId(email);
        Resident resident = open(email, "en");
        Position before = events.positionOf(SupporterConsentChanged.class);

        resident.get("/supporters/my-data/view?lang=en");
        HttpResponse<String> changed = resident.post("/supporters/my-data/consent",
                Map.of("channel", "EMAIL", "category", "CAMPAIGN_UPDATES", "granted", "false"));

        assertThat(Resident.location(changed)).isEqualTo("/supporters/my-data/view?done=consent");
        SupporterConsentChanged event = events.awaitEvent(before, SupporterConsentChanged.class,
                e -> supporterId.equals(e.supporterId()), WAIT).event();
        assertThat(event.channel()).isEqualTo("EMAIL");
        assertThat(event.category()).isEqualTo("CAMPAIGN_UPDATES");
        assertThat(event.granted()).isFalse();
        Supporter supporter = store.find(supporterId).orElseThrow();
        assertThat(supporter.consent("EMAIL", "CAMPAIGN_UPDATES").orElseThrow()).satisfies(consent -> {
            assertThat(consent.granted()).isFalse();
            assertThat(consent.source()).isEqualTo("MY_DATA_PAGE");
            assertThat(consent.wording()).startsWith("Changed by the resident on the my-data page");
        });
        assertThat(resident.get("/supporters/my-data/view?lang=en").body()).contains("You do not receive these.",
                "changed by you on this page");
    }

    @Test
    void erasurePublishesTheEventAndTheTombstoneOnceEndsTheSessionAndTheErasedPersonsPageSaysSo() {
        String email = handOver("erase");
        String supporterId = supporterIds.supporterId(email);
        Resident resident = open(email, "en");

        resident.get("/supporters/my-data/erase?lang=en");
        HttpResponse<String> erased = resident.post("/supporters/my-data/erase", Map.of("confirm", "yes"));

        assertThat(Resident.location(erased)).isEqualTo("/supporters/my-data/erased");
        assertThat(store.find(supporterId)).isEmpty();
        ReceivedEvent<SupporterErased> erasure = events.awaitEvent(SupporterErased.class,
                e -> supporterId.equals(e.supporterId()), WAIT);
        assertThat(erasure.key()).isEqualTo(supporterId);
        List<ReceivedEvent<byte[]>> tombstones = events.awaitRecords("plaza.supporters.contacts",
                r -> supporterId.equals(r.key()) && r.event() == null, 1, WAIT);
        assertThat(tombstones).singleElement().satisfies(t -> assertThat(t.id()).isNotBlank());
        events.assertNoEvent(SupporterErased.class, e -> supporterId.equals(e.supporterId())
                && !erasure.event().erasureId().equals(e.erasureId()), Duration.ofSeconds(2));
        assertThatThrownBy(() -> events.awaitRecords("plaza.supporters.contacts",
                r -> supporterId.equals(r.key()) && r.event() == null, 2, Duration.ofSeconds(3)))
                .hasMessageContaining("found 1");
        assertThat(Resident.location(resident.get("/supporters/my-data/view"))).endsWith("notice=session-ended");

        Resident back = open(email, "en");
        assertThat(back.get("/supporters/my-data/view?lang=en").body()).contains("Your data was erased on")
                .doesNotContain("Signed a petition");
    }

    @Test
    void aLateHandOverFromBeforeTheErasureDoesNotBringThePersonBackButANewActionStartsAFreshRecord() {
        String email = handOver("late");
        String supporterId = supporterIds.supporterId(email);
        Resident resident = open(email, "en");
        resident.get("/supporters/my-data/erase");
        resident.post("/supporters/my-data/erase", Map.of("confirm", "yes"));

        events.publish(share(supporterId, email, "pet-2", SIGNED_AT.plusSeconds(3_600)));
        events.publish(new SignatureVerified("sig-late", "pet-2", "camp-1", supporterId, "OASIS", "es", true, false,
                "WEB", SIGNED_AT.plusSeconds(3_600)));
        Instant later = Instant.now().plusSeconds(5);
        events.publish(new SignatureVerified("sig-new", "pet-3", "camp-1", supporterId, "MECCA", "en", true, false,
                "WEB", later));

        Supporter fresh = await().atMost(WAIT).until(() -> store.find(supporterId), found -> found.isPresent()).orElseThrow();
        assertThat(fresh.actions()).singleElement().satisfies(action -> assertThat(action.itemId()).isEqualTo("pet-3"));
        assertThat(fresh.email()).isNull();
        assertThat(fresh.community()).isEqualTo("MECCA");
    }

    private Resident resident() {
        return new Resident(port, "203.0." + (NETWORKS.incrementAndGet() % 250) + "." + (NETWORKS.get() % 200 + 1));
    }

    /** A resident who signed a petition and handed over their details; returns their address. */
    private String handOver(String label) {
        String email = label + "-" + UUID.randomUUID() + "@example.org";
        String supporterId = supporterIds.supporterId(email);
        events.publish(share(supporterId, email, "pet-1", SIGNED_AT));
        events.publish(new SignatureVerified("sig-" + UUID.randomUUID(), "pet-1", "camp-1", supporterId, "OASIS", "es",
                true, false, "WEB", SIGNED_AT));
        await().atMost(WAIT).until(() -> store.find(supporterId).filter(s -> s.email() != null && !s.actions().isEmpty())
                .isPresent());
        return email;
    }

    private static SupporterContactShared share(String supporterId, String email, String petitionId, Instant at) {
        return new SupporterContactShared("share-" + UUID.randomUUID(), supporterId, "petitions", "PETITION_SIGNATURE",
                "camp-1", petitionId, email, "Rosa Pérez", null, "es", "OASIS",
                List.of(new SupporterContactShared.Consent("EMAIL", "CAMPAIGN_UPDATES", true,
                        "Quiero recibir noticias de esta campaña")), at);
    }

    /** A resident with the page open for {@code email}. */
    private Resident open(String email, String language) {
        Resident resident = resident();
        Position before = events.positionOf(NotificationRequested.class);
        String ticket = ticket(resident.askForCode(email, language));
        String supporterId = supporterIds.supporterId(email);
        String code = events.awaitEvent(before, NotificationRequested.class, e -> supporterId.equals(e.supporterId()), WAIT)
                .event().templateParameters().get("code");
        resident.get("/supporters/my-data/code?ticket=" + ticket);
        HttpResponse<String> opened = resident.post("/supporters/my-data/code", Map.of("ticket", ticket, "code", code));
        assertThat(Resident.location(opened)).isEqualTo("/supporters/my-data/view");
        return resident;
    }

    private NotificationRequested codeFor(String email) {
        String supporterId = supporterIds.supporterId(email);
        return events.awaitEvent(NotificationRequested.class, e -> supporterId.equals(e.supporterId()), WAIT).event();
    }

    private static String ticket(HttpResponse<String> answer) {
        String location = Resident.location(answer);
        return location.substring(location.indexOf("ticket=") + 7).replaceAll("&.*", "");
    }
}
