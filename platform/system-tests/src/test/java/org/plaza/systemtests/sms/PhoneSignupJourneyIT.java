package org.plaza.systemtests.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.plaza.systemtests.Chromium;
import org.plaza.systemtests.EventLog;
import org.plaza.systemtests.Organizer;
import org.plaza.systemtests.PlatformJourney;
import org.plaza.systemtests.SmsInbox;

import tools.jackson.databind.JsonNode;

/**
 * Issue 21's journey on the running platform, through the gateway, on a 360 px phone in Spanish: a resident signs a
 * petition with a mobile number instead of an email, reads the code in the SMS sink, types it on the same page and is
 * counted; signing again with the number written another way does not count and sends no new code; texting ALTO
 * stops optional texts (notifications records the stop word on {@code plaza.notifications}): the petition's news after
 * its delivery, which that signer asked for by text, is withheld (its notification ends suppressed and nothing reaches
 * the number), while the code of a signature on another petition, which the resident asks for, still comes by text;
 * a volunteer who chose
 * texts confirms their sign-up from a text, takes a shift and gets its shift confirmation, then its 2-hour reminder,
 * by text (the test stack has no quiet hours, so the reminder comes at any hour: {@code PlazaStack}).
 */
class PhoneSignupJourneyIT extends PlatformJourney {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final String UNSUBSCRIBED = "plaza.notifications.recipient-unsubscribed";
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    /** The note to a number whose signature is already confirmed and signs again (petitions.already-signed). */
    private static final String ALREADY_SIGNED = "ya habías firmado";

    private String petitionId;
    private String slug;
    private String otherSlug;
    private String otherTitle;
    private String shiftId;
    private SmsInbox sms;

    @BeforeAll
    void anOrganizerPublishesAPetitionAndAShiftThatStartsJustOverTwoHoursFromNow() {
        sms = stack.smsInbox();
        String campaign = organizer.launchCampaign("Agua para Oasis " + run, "Water for Oasis " + run);
        JsonNode petition = organizer.publishPetition(campaign, """
                "titleEs":"Agua limpia en Oasis %s","titleEn":"Clean water in Oasis %s",
                "textEs":"Pedimos agua limpia.","textEn":"We ask for clean water.",
                "decisionMakerEs":"Distrito de agua","decisionMakerEn":"Water district",
                "signatureGoal":10,"communities":["OASIS"]""".formatted(run, run));
        petitionId = petition.path("id").asString();
        slug = petition.path("slug").asString();
        otherTitle = "Banquetas en Oasis " + run;
        otherSlug = organizer.publishPetition(campaign, """
                "titleEs":"%s","titleEn":"Sidewalks in Oasis %s",
                "textEs":"Pedimos banquetas.","textEn":"We ask for sidewalks.",
                "decisionMakerEs":"Condado","decisionMakerEn":"County",
                "signatureGoal":10,"communities":["OASIS"]""".formatted(otherTitle, run)).path("slug").asString();
        LocalDateTime start = LocalDateTime.now(LOS_ANGELES).plusHours(2).plusMinutes(3).truncatedTo(ChronoUnit.MINUTES);
        // Led by a lead of its own: the same organizer's shifts of other journeys on the shared platform would overlap.
        shiftId = organizer.postOnceTheCampaignIsKnown("/api/staff/outreach/shifts", """
                {"campaignId":%s,"activity":"CANVASS","titleEs":"Puerta a puerta %s",
                 "titleEn":"Door to door %s","community":"OASIS","address":"Centro comunitario %s",
                 "startsAt":"%s","endsAt":"%s","capacity":5,"minimumVolunteers":0,"languagesNeeded":["es"],
                 "leadStaffId":"lead-phone-%s"}"""
                .formatted(Organizer.json(campaign), run, run, run, start, start.plusHours(2), run))
                .path("shiftId").asString();
    }

    @Test
    void aResidentSignsWithAMobileNumberConfirmsWithTheTextedCodeIsCountedOnceAndStopsTextsWithAlto(
            @TempDir Path profile) {
        Chromium.assumeAvailable();
        String digits = fourDigits();
        String number = "+1760555" + digits;
        WebDriver phone = Chromium.phone(profile, "es");
        try {
            sign(phone, slug, "Lupe Ramírez", "(760) 555-" + digits);
            Chromium.awaitUrl(phone, "/petitions/" + slug + "/check-email");
            Chromium.awaitText(phone, "Revisa tus mensajes de texto");
            assertThat(sidewaysScroll(phone)).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(0);

            SmsInbox.Text code = sms.await(number, "el código de la firma", text -> text.body().matches("(?s).*\\d{6}.*"));
            phone.findElement(By.id("code")).sendKeys(code.code());
            phone.findElement(By.xpath("//form[.//input[@id='code']]//button[@type='submit']")).click();
            Chromium.awaitText(phone, "Tu firma está confirmada y cuenta.");
            awaitVerifiedCount(phone, 1);

            sign(phone, slug, "Guadalupe Ramírez", "+1 760-555-" + digits);
            Chromium.awaitUrl(phone, "/petitions/" + slug + "/check-email");
        } finally {
            phone.quit();
        }
        assertThat(textsTo(number)).as("a number that already confirmed gets no new code (at most the note that it had"
                + " signed, when the resend interval passed)").filteredOn(text -> !text.body().contains(ALREADY_SIGNED))
                .hasSize(1);
        assertThat(admin.getJson("/api/staff/petitions/" + petitionId).path("counts").path("verified").asLong())
                .isEqualTo(1);

        Instant before = Instant.now();
        assertThat(sms.reply(number, "ALTO")).as("the answer to a stop word").isPresent();
        await("the stop word recorded on plaza.notifications").atMost(Organizer.PROPAGATION)
                .pollInterval(Duration.ofSeconds(1)).until(() -> EventLog.readAll(stack.kafkaBootstrap(),
                        "plaza.notifications").stream().filter(event -> event.is(UNSUBSCRIBED))
                        .anyMatch(event -> "SMS".equals(event.payload().path("channel").asString())
                                && "SMS_KEYWORD".equals(event.payload().path("source").asString())
                                && !Instant.parse(event.payload().path("unsubscribedAt").asString()).isBefore(
                                        before.minusSeconds(5))));

        admin.postJson("/api/staff/petitions/" + petitionId + "/close", "");
        admin.postJson("/api/staff/petitions/" + petitionId + "/delivery", """
                {"deliveredOn":"%s","method":"IN_PERSON"}""".formatted(LocalDate.now(LOS_ANGELES)));
        JsonNode news = await("the petition's news to the signer who texted ALTO, sent or withheld")
                .atMost(Organizer.PROPAGATION).pollInterval(Duration.ofSeconds(1))
                .until(this::petitionNews, found -> found != null);
        assertThat(news.path("state").asString()).as("optional news after ALTO").isEqualTo("SUPPRESSED");
        assertThat(news.path("channel").asString()).isEqualTo("SMS");
        assertThat(textsTo(number)).as("nothing optional reached the number")
                .filteredOn(text -> !text.body().contains(ALREADY_SIGNED)).hasSize(1);

        WebDriver again = Chromium.phone(profile.resolve("again"), "es");
        try {
            sign(again, otherSlug, "Lupe Ramírez", "760.555." + digits);
            Chromium.awaitText(again, "Revisa tus mensajes de texto");
        } finally {
            again.quit();
        }
        assertThat(sms.awaitContaining(number, otherTitle).body()).as("a code the resident asked for, after ALTO")
                .matches("(?s).*\\d{6}.*");
    }

    /**
     * The notification of this petition's news after its delivery, once it has ended sent or withheld (the staff
     * delivery log, which names no one), or null while it has not.
     */
    private JsonNode petitionNews() {
        for (String state : List.of("SUPPRESSED", "SENT")) {
            for (JsonNode entry : admin.getJson("/api/staff/notifications?state=" + state + "&limit=500")) {
                if (entry.path("templateKey").asString().equals("petitions.update")
                        && entry.path("relatedIds").toString().contains("\"" + petitionId + "\"")) {
                    return entry;
                }
            }
        }
        return null;
    }

    @Test
    void aVolunteerWhoChoseTextsConfirmsFromATextTakesAShiftAndGetsItsReminderByText(@TempDir Path profile) {
        Chromium.assumeAvailable();
        String digits = fourDigits();
        String number = "+1760555" + digits;
        WebDriver phone = Chromium.phone(profile, "es");
        try {
            phone.get(stack.gatewayUrl() + "/outreach/volunteer?lang=es");
            phone.findElement(By.id("name")).sendKeys("Marisol Vega");
            phone.findElement(By.id("phone")).sendKeys("760 555 " + digits);
            new Select(phone.findElement(By.id("community"))).selectByValue("OASIS");
            check(phone.findElement(By.id("languages-ES")));
            check(phone.findElement(By.id("ageGroup-ADULT")));
            check(phone.findElement(By.id("textOptIn")));
            phone.findElement(By.xpath("//form[.//input[@id='name']]//button[@type='submit']")).click();
            Chromium.awaitPage(phone, "the check-your-texts answer", page -> page.findElement(By.id("received"))
                    .getText().contains("Revisa tus mensajes de texto"));

            phone.get(link(sms.awaitContaining(number, "/outreach/volunteer/confirm").body(),
                    "/outreach/volunteer/confirm"));
            phone.findElement(By.id("confirm")).click();
            Chromium.awaitPage(phone, "the volunteer's welcome", page -> page.findElement(By.id("welcome")).getText()
                    .contains("Ya estás inscrito como voluntario"));

            String home = phone.getCurrentUrl().replaceAll("\\?.*", "");
            phone.get(home + "?shift=" + shiftId + "&lang=es");
            phone.findElement(By.cssSelector("#focus form button[type=submit]")).click();
            Chromium.awaitUrl(phone, "/outreach/signups/");
        } finally {
            phone.quit();
        }
        String title = "Puerta a puerta " + run;
        sms.awaitContaining(number, title);
        await("the 2-hour reminder by text").atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(2))
                .until(() -> textsTo(number).stream().filter(text -> text.body().contains(title)).count() >= 2);
    }

    private void sign(WebDriver phone, String petitionSlug, String name, String number) {
        phone.get(stack.gatewayUrl() + "/petitions/" + petitionSlug);
        phone.findElement(By.id("fullName")).sendKeys(name);
        phone.findElement(By.id("phone")).sendKeys(number);
        new Select(phone.findElement(By.id("community"))).selectByValue("OASIS");
        check(phone.findElement(By.cssSelector("input[type=checkbox][name=smsOptIn]")));
        phone.findElement(By.xpath("//form[.//input[@id='fullName']]//button[@type='submit']")).click();
    }

    private void awaitVerifiedCount(WebDriver phone, long expected) {
        await("the petition page shows " + expected + " verified").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
                    phone.get(stack.gatewayUrl() + "/petitions/" + slug);
                    return Long.parseLong(phone.findElement(By.id("verified-count")).getText()
                            .replaceAll("\\D", "")) == expected;
                });
    }

    /** What Plaza texted to {@code number} so far (not the resident's replies nor Plaza's answers to them). */
    private List<SmsInbox.Text> textsTo(String number) {
        return sms.conversationWith(number).stream().filter(text -> text.direction().equals("outbound-api")).toList();
    }

    private static String link(String text, String part) {
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            if (link.group().contains(part)) {
                return link.group();
            }
        }
        throw new AssertionError("No link with " + part + " in the text: " + text);
    }

    private static long sidewaysScroll(WebDriver phone) {
        return ((Number) ((JavascriptExecutor) phone).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }

    private static void check(WebElement box) {
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** Four digits for a 555 number of this run: journeys share the sink, so each uses its own numbers. */
    private static String fourDigits() {
        return String.format("%04d", ThreadLocalRandom.current().nextInt(100, 10_000));
    }
}
