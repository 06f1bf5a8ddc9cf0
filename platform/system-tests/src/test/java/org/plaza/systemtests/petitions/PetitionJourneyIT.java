package org.plaza.systemtests.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.plaza.systemtests.Chromium;
import org.plaza.systemtests.EventLog;
import org.plaza.systemtests.Mailbox;
import org.plaza.systemtests.Organizer;
import org.plaza.systemtests.PlatformJourney;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 5's journey on the running platform, through the gateway: an organizer publishes a petition with
 * milestones at 1 and 2 verified signatures; a resident signs in Spanish on a 360 px phone, confirms from
 * the Spanish email (link → confirm page → POST button) and sees the count rise; the same person signing
 * again with the Gmail dot/+tag variant of the address does not count; a neighbor's signature then reaches
 * the second milestone, and each milestone was announced exactly once on {@code plaza.petitions}.
 */
class PetitionJourneyIT extends PlatformJourney {

    private static final String MILESTONE_REACHED = "plaza.petitions.petition-milestone-reached";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String petitionId;
    private String slug;

    @BeforeAll
    void anOrganizerPublishesAPetitionInBothLanguages() {
        String campaign = organizer.launchCampaign("Agua limpia para Mecca", "Clean water for Mecca");
        JsonNode petition = organizer.publishPetition(campaign, """
                "titleEs":"Agua potable en cada escuela de Mecca","titleEn":"Safe drinking water in every Mecca school",
                "textEs":"Pedimos fuentes con filtro en todas las escuelas.","textEn":"We ask for filtered fountains in every school.",
                "decisionMakerEs":"Junta directiva del distrito de agua","decisionMakerEn":"Water district board of directors",
                "signatureGoal":4,"milestones":[1,2],"communities":["MECCA","OASIS"]""");
        petitionId = petition.path("id").asString();
        slug = petition.path("slug").asString();
    }

    @Test
    void aResidentSignsInSpanishOnAPhoneConfirmsByEmailAndTheCountRisesOnceWhateverGmailVariantSignsAgain(
            @TempDir Path profile) {
        Chromium.assumeAvailable();
        String address = "lucia.reyes." + run + "@gmail.com";
        String variant = "LuciaReyes" + run + "+firma@gmail.com";
        WebDriver phone = Chromium.phone(profile, "es");
        try {
            phone.get(stack.gatewayUrl() + "/petitions/" + slug);
            assertThat(phone.findElement(By.id("sign-heading")).getText()).isEqualTo("Firma esta petición");
            assertThat(((Number) ((JavascriptExecutor) phone).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
                    .as("no sideways scrolling at 360 px").isLessThanOrEqualTo(0);
            assertThat(verifiedCount(phone)).isZero();

            sign(phone, "Lucía Reyes", address);
            Chromium.awaitUrl(phone, "/petitions/" + slug + "/check-email");

            Mailbox.Mail verification = stack.mailbox().awaitSubject(address, "Confirma tu firma");
            assertThat(verification.subject()).contains("Agua potable en cada escuela de Mecca");
            assertThat(verification.text()).contains("Gracias por firmar la petición");
            String confirmLink = verification.link("/petitions/" + slug + "/confirm");
            assertThat(confirmLink).startsWith(stack.gatewayUrl());

            phone.get(confirmLink);
            phone.findElement(By.cssSelector("main form button[type=submit]")).click();
            Chromium.awaitText(phone, "Tu firma está confirmada y cuenta.");

            awaitVerifiedCountOnThePetitionPage(phone, 1);

            sign(phone, "Lucía Reyes", variant);
            Chromium.awaitUrl(phone, "/petitions/" + slug + "/check-email");

            signAndConfirmThroughThePublicApi("Ramón Ortiz", "ramon.ortiz." + run + "@example.org");

            awaitVerifiedCountOnThePetitionPage(phone, 2);
            assertThat(stack.mailbox().messagesTo(variant)).as("an address that already confirmed gets no new code")
                    .isEmpty();
        } finally {
            phone.quit();
        }

        await("both milestones on plaza.petitions").atMost(Organizer.PROPAGATION).pollInterval(Duration.ofSeconds(1))
                .until(() -> milestoneAnnouncements().keySet().containsAll(List.of(1, 2)));
        assertThat(milestoneAnnouncements()).as("distinct ce_id per milestone")
                .containsExactlyInAnyOrderEntriesOf(Map.of(1, 1L, 2, 1L));
        assertThat(admin.getJson("/api/staff/petitions/" + petitionId).path("counts").path("verified").asLong())
                .isEqualTo(2);
    }

    private void sign(WebDriver phone, String name, String email) {
        phone.get(stack.gatewayUrl() + "/petitions/" + slug);
        phone.findElement(By.id("fullName")).sendKeys(name);
        phone.findElement(By.id("email")).sendKeys(email);
        new Select(phone.findElement(By.id("community"))).selectByValue("MECCA");
        phone.findElement(By.xpath("//form[.//input[@id='fullName']]//button[@type='submit']")).click();
    }

    private void awaitVerifiedCountOnThePetitionPage(WebDriver phone, long expected) {
        await("the petition page shows " + expected + " verified").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    phone.get(stack.gatewayUrl() + "/petitions/" + slug);
                    return verifiedCount(phone) == expected;
                });
    }

    private static long verifiedCount(WebDriver phone) {
        return Long.parseLong(phone.findElement(By.id("verified-count")).getText().replaceAll("\\D", ""));
    }

    /** A neighbor signs with a script instead of a browser: JSON to the public API, the code from the email. */
    private void signAndConfirmThroughThePublicApi(String name, String email) {
        JsonNode ticket = JSON.readTree(postAsResident("/api/public/petitions/" + slug + "/signatures", """
                {"fullName":%s,"email":%s,"community":"OASIS","website":""}""".formatted(
                Organizer.json(name), Organizer.json(email)), 202));
        Mailbox.Mail mail = stack.mailbox().awaitSubject(email, "Confirma tu firma");
        postAsResident("/api/public/petitions/" + slug + "/confirmations", """
                {"ticket":%s,"code":%s}""".formatted(Organizer.json(ticket.path("ticket").asString()),
                Organizer.json(mail.code())), 200);
    }

    /** Milestone → number of distinct announcements ({@code ce_id}) of it for this petition. */
    private Map<Integer, Long> milestoneAnnouncements() {
        return EventLog.readAll(stack.kafkaBootstrap(), "plaza.petitions").stream()
                .filter(event -> event.is(MILESTONE_REACHED))
                .filter(event -> event.payload().path("petitionId").asString().equals(petitionId))
                .collect(Collectors.groupingBy(event -> event.payload().path("milestone").asInt(),
                        Collectors.mapping(EventLog.Event::id, Collectors.collectingAndThen(Collectors.toSet(),
                                ids -> (long) ids.size()))));
    }
}
