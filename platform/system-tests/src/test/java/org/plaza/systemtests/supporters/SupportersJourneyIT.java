package org.plaza.systemtests.supporters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.plaza.systemtests.Chromium;
import org.plaza.systemtests.FullPlatform;
import org.plaza.systemtests.Mailbox.Mail;
import org.plaza.systemtests.Organizer;
import org.plaza.systemtests.PageForm;
import org.plaza.systemtests.PlatformJourney;
import org.plaza.systemtests.StaffClient;
import org.plaza.systemtests.StoreScan;

import tools.jackson.databind.JsonNode;

/**
 * Issue 20's journey, end to end through the gateway. Four residents sign a campaign's petition: two in Oasis who
 * agree to updates (one in Spanish, one in English), one in Oasis who does not, one in Mecca who does. The organizer,
 * whose staff account now has an email address, works in Chromium: filters the signers in Oasis who agreed to updates,
 * saves them as a segment, writes a bilingual broadcast to it, sends a test to themselves (both languages arrive) and
 * sends it. Each of the two gets it in their language with a List-Unsubscribe header, the other two get nothing. The
 * one-click unsubscribe withdraws the consent in the organizer's list, "subscribe again" restores it. Then the English
 * signer erases their data through "my data": no service's store keeps anything of them, and the organizer's list
 * and segment count one fewer.
 */
class SupportersJourneyIT extends PlatformJourney {

    private static final Pattern CODE = Pattern.compile("(?m)^\\s+(\\d{6})\\s*$");
    private static final Duration ERASURE = Duration.ofMinutes(3);

    private final Resident rosa = new Resident("Rosa Alvarado " + run, "rosa.alvarado." + run + "@example.org", "es",
            "OASIS", true);
    private final Resident tom = new Resident("Tom Becker " + run, "tom.becker." + run + "@example.org", "en", "OASIS",
            true);
    private final Resident lupe = new Resident("Lupe Chávez " + run, "lupe.chavez." + run + "@example.org", "es",
            "OASIS", false);
    private final Resident dana = new Resident("Dana Diaz " + run, "dana.diaz." + run + "@example.org", "en", "MECCA",
            true);
    private final String organizerEmail = "organizadora." + run + "@example.org";
    private final String subjectEs = "La junta se reúne el martes " + run;
    private final String subjectEn = "The board meets on Tuesday " + run;
    private String campaign;
    private String slug;
    private String filter;

    @BeforeAll
    void anOrganizerOpensAPetitionInOasisAndMecca() {
        campaign = organizer.launchCampaign("Agua en Oasis", "Water in Oasis");
        slug = organizer.publishPetition(campaign, """
                "titleEs":"Agua limpia en Oasis %s","titleEn":"Clean water in Oasis %s",
                "textEs":"Pedimos agua limpia en las escuelas.","textEn":"We ask for clean water at the schools.",
                "decisionMakerEs":"Distrito de agua","decisionMakerEn":"Water district",
                "signatureGoal":100,"communities":["OASIS","MECCA"]""".formatted(run, run)).path("slug").asString();
        filter = "campaign=" + campaign + "&did=SIGNED&community=OASIS&consent="
                + URLEncoder.encode("EMAIL:CAMPAIGN_UPDATES", StandardCharsets.UTF_8);
    }

    @Test
    void anOrganizerWritesToTheOasisSignersWhoAgreedEachInTheirLanguageAndAnErasedOneDisappears() throws Exception {
        Chromium.assumeAvailable();
        for (Resident resident : List.of(rosa, tom, lupe, dana)) {
            sign(resident);
        }
        StaffClient organizing = organizerWithAnEmailAddress();
        await("supporters heard of the four signatures").atMost(Organizer.PROPAGATION).pollInterval(Duration.ofSeconds(2))
                .until(() -> count(organizing, "campaign=" + campaign) == 4);
        assertThat(count(organizing, filter)).isEqualTo(2);

        Path profile = Files.createTempDirectory("plaza-supporters-journey");
        WebDriver browser = Chromium.start(profile);
        try {
            browser.get(stack.gatewayUrl() + "/plaza/plaza.css");
            browser.manage().addCookie(new Cookie.Builder("plaza_session", organizing.cookie("plaza_session")).path("/")
                    .isHttpOnly(true).sameSite("Lax").build());
            String segment = "Oasis " + run;
            filterAndSave(browser, segment);
            String broadcast = writeAndTest(browser, segment);
            send(browser);
            theTwoGetItInTheirLanguageAndNobodyElse();

            unsubscribeAndSubscribeAgain(organizing);

            erase(tom);
            await("nothing of the erased resident in any store").atMost(ERASURE).pollInterval(Duration.ofSeconds(3))
                    .untilAsserted(() -> assertThat(StoreScan.findings(stack, tom.traces()))
                            .as("personal data still stored after erasure").isEmpty());
            await("the organizer's list and segment count one fewer").atMost(Organizer.PROPAGATION)
                    .pollInterval(Duration.ofSeconds(2)).until(() -> count(organizing, filter) == 1);
            browser.get(stack.gatewayUrl() + "/staff/supporters/segments?lang=es");
            Chromium.awaitText(browser, segment);
            assertThat(segmentRow(browser, segment).findElement(By.cssSelector(".count")).getText()).isEqualTo("1");
            browser.get(stack.gatewayUrl() + "/staff/supporters?lang=es&" + filter);
            Chromium.awaitText(browser, rosa.name());
            assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(tom.name(), tom.email());
            assertThat(broadcast).isNotBlank();
        } finally {
            browser.quit();
        }
    }

    /** A resident signs the petition's page in their language and confirms with the emailed code. */
    private void sign(Resident resident) {
        StaffClient client = new StaffClient(stack.gatewayUrl());
        String page = "/petitions/" + slug;
        PageForm form = PageForm.on(client.get(page + "?lang=" + resident.language()), page + "/signatures")
                .set("fullName", resident.name()).set("email", resident.email()).set("community", resident.community());
        if (resident.updates()) {
            form.set("updatesOptIn", "true");
        }
        HttpResponse<String> checkEmail = form.submit(client);
        String subject = resident.spanish() ? "Confirma tu firma" : "Confirm your signature";
        HttpResponse<String> confirmed = PageForm.on(checkEmail, page + "/confirm-code")
                .set("code", code(resident.email(), subject)).submit(client);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    }

    /**
     * The organizer (the first administrator, on the campaign's team) adds their email address to their staff account
     * and signs in again, so their token carries it.
     */
    private StaffClient organizerWithAnEmailAddress() {
        String account = "/staff/identity/accounts/" + organizer.staffId();
        HttpResponse<String> saved = PageForm.on(admin.get(account + "?lang=es"), account + "/email")
                .set("email", organizerEmail).submit(admin);
        assertThat(saved.body()).as(saved.body()).contains("value=\"" + organizerEmail + "\"");
        AtomicReference<StaffClient> signedIn = new AtomicReference<>();
        await("a staff sign-in the rate limit lets through").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(5))
                .ignoreExceptions().until(() -> {
                    StaffClient organizing = new StaffClient(stack.gatewayUrl());
                    HttpResponse<String> page = organizing.signInAndOpen("/staff/supporters?lang=es", "admin",
                            FullPlatform.ADMIN_PASSWORD, FullPlatform.ADMIN_PASSWORD);
                    signedIn.set(organizing);
                    return page.statusCode() == 200 && page.uri().getPath().equals("/staff/supporters");
                });
        StaffClient organizing = signedIn.get();
        return organizing;
    }

    /** In the browser: the list filtered to the campaign's signers in Oasis who agreed to updates, saved as a segment. */
    private void filterAndSave(WebDriver browser, String segment) {
        browser.get(stack.gatewayUrl() + "/staff/supporters?lang=es");
        Chromium.awaitTitle(browser, "Simpatizantes");
        choose(browser, "campaign", campaign);
        choose(browser, "did", "SIGNED");
        choose(browser, "community", "OASIS");
        choose(browser, "consent", "EMAIL:CAMPAIGN_UPDATES");
        browser.findElement(By.cssSelector("#filter button[type=submit]")).click();
        Chromium.awaitPage(browser, "the filtered list", page -> page.getCurrentUrl().contains("community=OASIS")
                && page.findElement(By.id("count")).getText().startsWith("2 "));
        String list = browser.findElement(By.id("supporters")).getText();
        assertThat(list).contains(rosa.name(), tom.name()).doesNotContain(lupe.name(), dana.name());

        browser.findElement(By.id("segment-name")).sendKeys(segment);
        browser.findElement(By.cssSelector("#save-segment button[type=submit]")).click();
        Chromium.awaitUrl(browser, "done=saved");
        assertThat(segmentRow(browser, segment).findElement(By.cssSelector(".count")).getText()).isEqualTo("2");
    }

    /** In the browser: a bilingual broadcast to the segment, and a test to the organizer's own address. */
    private String writeAndTest(WebDriver browser, String segment) {
        browser.get(stack.gatewayUrl() + "/staff/supporters/campaigns/" + campaign + "/broadcasts/new?lang=es");
        browser.findElement(By.id("esSubject")).sendKeys(subjectEs);
        browser.findElement(By.id("esBody")).sendKeys("Ven a hablar por el agua de Oasis.\n\nTe esperamos.");
        browser.findElement(By.id("enSubject")).sendKeys(subjectEn);
        browser.findElement(By.id("enBody")).sendKeys("Come and speak about water in Oasis.\n\nWe are waiting for you.");
        new Select(browser.findElement(By.id("segmentId"))).getOptions().stream()
                .filter(option -> option.getText().contains(segment)).findFirst()
                .orElseThrow(() -> new AssertionError("No segment " + segment + " to choose")).click();
        browser.findElement(By.cssSelector("form[action$='/broadcasts'] button[type=submit]")).click();
        Chromium.awaitPage(browser, "the saved draft",
                page -> page.getCurrentUrl().matches(".*/staff/supporters/broadcasts/[^/?]+\\?done=.*"));
        String id = browser.getCurrentUrl().replaceAll(".*/broadcasts/([^/?]+).*", "$1");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(organizerEmail);

        browser.findElement(By.cssSelector("form[action$='/test'] button")).click();
        Chromium.awaitUrl(browser, "done=tested");
        Mail spanish = stack.mailbox().awaitSubject(organizerEmail, subjectEs);
        Mail english = stack.mailbox().awaitSubject(organizerEmail, subjectEn);
        assertThat(spanish.text()).contains("Ven a hablar por el agua de Oasis.");
        assertThat(english.text()).contains("Come and speak about water in Oasis.");
        return id;
    }

    /** In the browser: send now (two recipients, under the approval threshold, so it goes without a second approval). */
    private void send(WebDriver browser) {
        browser.findElement(By.cssSelector("form[action$='/send'] button[type=submit]")).click();
        Chromium.awaitUrl(browser, "done=sent");
    }

    private void theTwoGetItInTheirLanguageAndNobodyElse() {
        Mail toRosa = stack.mailbox().awaitSubject(rosa.email(), subjectEs);
        Mail toTom = stack.mailbox().awaitSubject(tom.email(), subjectEn);
        assertThat(toRosa.text()).contains("Ven a hablar por el agua de Oasis.").doesNotContain("Come and speak");
        assertThat(toTom.text()).contains("Come and speak about water in Oasis.").doesNotContain("Ven a hablar");
        assertThat(toRosa.header("Content-Language")).hasValue("es");
        assertThat(toTom.header("Content-Language")).hasValue("en");
        for (Mail mail : List.of(toRosa, toTom)) {
            assertThat(mail.header("List-Unsubscribe")).as("List-Unsubscribe on " + mail.to()).isPresent();
            assertThat(mail.header("List-Unsubscribe-Post")).hasValue("List-Unsubscribe=One-Click");
        }
        for (Resident other : List.of(lupe, dana)) {
            assertThat(stack.mailbox().messagesTo(other.email())).as("what " + other.name() + " received")
                    .noneMatch(mail -> mail.subject().contains(run) && !mail.subject().contains("firma")
                            && !mail.subject().contains("signature"));
        }
    }

    /**
     * Rosa's mail program uses the one-click unsubscribe (a POST to the List-Unsubscribe address): the organizer's
     * list no longer counts her. She then opens the link, confirms, and presses "subscribe again": counted again.
     */
    private void unsubscribeAndSubscribeAgain(StaffClient organizing) {
        Mail mail = stack.mailbox().awaitSubject(rosa.email(), subjectEs);
        String header = mail.header("List-Unsubscribe").orElseThrow();
        Matcher https = Pattern.compile("<(https?://[^>]+)>").matcher(header);
        assertThat(https.find()).as(header).isTrue();
        String link = https.group(1);
        StaffClient mailProgram = new StaffClient(stack.gatewayUrl());
        HttpResponse<String> oneClick = mailProgram.post(link, Map.of("List-Unsubscribe", "One-Click"));
        assertThat(oneClick.statusCode()).as(oneClick.body()).isEqualTo(200);
        await("the organizer's list no longer counts the unsubscribed resident").atMost(Organizer.PROPAGATION)
                .pollInterval(Duration.ofSeconds(2)).until(() -> count(organizing, filter) == 1);

        StaffClient resident = new StaffClient(stack.gatewayUrl());
        String path = URI.create(link).getPath();
        HttpResponse<String> done = PageForm.on(resident.get(link), path).submit(resident);
        HttpResponse<String> again = PageForm.on(done, path + "/resubscribe").submit(resident);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        await("subscribing again counts her again").atMost(Organizer.PROPAGATION).pollInterval(Duration.ofSeconds(2))
                .until(() -> count(organizing, filter) == 2);
    }

    /** The resident opens "my data" with the emailed code and erases everything. */
    private void erase(Resident resident) {
        StaffClient mine = new StaffClient(stack.gatewayUrl());
        HttpResponse<String> codePage = PageForm.on(mine.get("/supporters/my-data?lang=" + resident.language()),
                "/supporters/my-data").set("email", resident.email()).submit(mine);
        String subject = resident.spanish() ? "Tu código para ver tus datos" : "Your code to see your data";
        HttpResponse<String> view = PageForm.on(codePage, "/supporters/my-data/code")
                .set("code", code(resident.email(), subject)).submit(mine);
        assertThat(view.uri().getPath()).isEqualTo("/supporters/my-data/view");
        HttpResponse<String> erased = PageForm.on(mine.get("/supporters/my-data/erase"), "/supporters/my-data/erase")
                .submit(mine);
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
    }

    private long count(StaffClient staff, String query) {
        JsonNode count = staff.getJson("/api/staff/supporters/count?" + query);
        return count.path("count").asLong();
    }

    private static void choose(WebDriver browser, String list, String value) {
        new Select(browser.findElement(By.cssSelector("#filter select[name=" + list + "]"))).selectByValue(value);
    }

    private static WebElement segmentRow(WebDriver browser, String segment) {
        return browser.findElements(By.cssSelector("#segments tbody tr")).stream()
                .filter(row -> row.getText().contains(segment)).findFirst()
                .orElseThrow(() -> new AssertionError("No segment " + segment + " listed"));
    }

    private String code(String address, String subject) {
        String text = stack.mailbox().awaitSubject(address, subject).text();
        Matcher code = CODE.matcher(text);
        assertThat(code.find()).as("a 6-digit code in \"%s\":\n%s", subject, text).isTrue();
        return code.group(1);
    }

    /** A resident of the journey: who they are, the language they use, where they live, whether they want updates. */
    private record Resident(String name, String email, String language, String community, boolean updates) {

        boolean spanish() {
            return "es".equals(language);
        }

        List<String> traces() {
            return List.of(name, email);
        }
    }
}
