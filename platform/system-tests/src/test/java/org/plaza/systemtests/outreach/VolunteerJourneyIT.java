package org.plaza.systemtests.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

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

/**
 * Issue 7's journey on the running platform, through the gateway: a resident signs a petition in Spanish
 * ticking "I'd like to volunteer" and confirms; the petitions service sends the
 * {@code outreach.volunteer-invitation} email (contract: services/outreach/README.md, "Leads and
 * invitations"); the resident follows it, signs up as a volunteer in Spanish, confirms their address from the
 * {@code outreach.volunteer-confirmation} email (double opt-in) and takes the shift the organizer scheduled; the organizer checks them in on the phone roster page and the sign-up is attended.
 */
class VolunteerJourneyIT extends PlatformJourney {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private String slug;
    private String shiftId;

    @BeforeAll
    void anOrganizerPublishesAPetitionAndSchedulesAShiftLaterToday() {
        String campaign = organizer.launchCampaign("Parques seguros en Mecca", "Safe parks in Mecca");
        slug = organizer.publishPetition(campaign, """
                "titleEs":"Luces en el parque de Mecca","titleEn":"Lights in the Mecca park",
                "textEs":"Pedimos alumbrado en el parque.","textEn":"We ask for lighting in the park.",
                "decisionMakerEs":"Junta de supervisores del condado","decisionMakerEn":"County board of supervisors",
                "signatureGoal":100,"communities":["MECCA"]""").path("slug").asString();
        LocalDateTime start = LocalDateTime.now(LOS_ANGELES).plusHours(3).truncatedTo(ChronoUnit.MINUTES);
        shiftId = organizer.postOnceTheCampaignIsKnown("/api/staff/outreach/shifts", """
                {"campaignId":%s,"activity":"CANVASS","titleEs":"Tocar puertas en Mecca %s",
                 "titleEn":"Door knocking in Mecca %s","community":"MECCA","address":"Parque de Mecca %s",
                 "startsAt":"%s","endsAt":"%s","capacity":5,"minimumVolunteers":0,"languagesNeeded":["es"]}"""
                .formatted(Organizer.json(campaign), run, run, run, start, start.plusHours(2)))
                .path("shiftId").asString();
    }

    @Test
    void aPetitionSignerWhoTickedVolunteerIsInvitedSignsUpInSpanishTakesTheShiftAndIsCheckedIn(@TempDir Path profile) {
        Chromium.assumeAvailable();
        String address = "rosa.campos." + run + "@example.org";
        WebDriver phone = Chromium.phone(profile, "es");
        try {
            phone.get(stack.gatewayUrl() + "/petitions/" + slug);
            phone.findElement(By.id("fullName")).sendKeys("Rosa Campos");
            phone.findElement(By.id("email")).sendKeys(address);
            new Select(phone.findElement(By.id("community"))).selectByValue("MECCA");
            phone.findElement(By.cssSelector("input[type=checkbox][name=volunteerOptIn]")).click();
            phone.findElement(By.xpath("//form[.//input[@id='fullName']]//button[@type='submit']")).click();
            Chromium.awaitUrl(phone, "/petitions/" + slug + "/check-email");
            phone.get(stack.mailbox().awaitSubject(address, "Confirma tu firma").link("/petitions/" + slug + "/confirm"));
            phone.findElement(By.cssSelector("main form button[type=submit]")).click();
            Chromium.awaitText(phone, "Tu firma está confirmada y cuenta.");

            Mailbox.Mail invitation = stack.mailbox().awaitSubject(address, "¿Te unes como voluntario o voluntaria?");
            String signupLink = invitation.link("/outreach/volunteer?invitation=");
            assertThat(signupLink).startsWith(stack.gatewayUrl()).contains("lang=es");

            phone.get(signupLink);
            assertThat(phone.getTitle()).contains("Hazte voluntario");
            phone.findElement(By.id("name")).sendKeys("Rosa Campos");
            phone.findElement(By.id("email")).sendKeys(address);
            assertThat(new Select(phone.findElement(By.id("community"))).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("MECCA");
            check(phone, "languages-ES");
            check(phone, "ageGroup-ADULT");
            check(phone, "contactConsent");
            phone.findElement(By.xpath("//form[.//input[@id='name']]//button[@type='submit']")).click();
            Chromium.awaitPage(phone, "the check-your-email answer", page -> page.findElement(By.id("received")).getText()
                    .contains("Revisa tu correo"));

            phone.get(stack.mailbox().awaitSubject(address, "Confirma tu correo para ser voluntario")
                    .link("/outreach/volunteer/confirm"));
            phone.findElement(By.id("confirm")).click();
            Chromium.awaitPage(phone, "the volunteer's welcome", page -> page.findElement(By.id("welcome")).getText()
                    .contains("Ya estás inscrito como voluntario"));

            String home = phone.getCurrentUrl().replaceAll("\\?.*", "");
            phone.get(home + "?shift=" + shiftId + "&lang=es");
            phone.findElement(By.cssSelector("#focus form button[type=submit]")).click();
            Chromium.awaitUrl(phone, "/outreach/signups/");
            phone.get(home + "?lang=es");
            assertThat(phone.findElement(By.id("mine-title")).findElement(By.xpath("..")).getText())
                    .contains("Tocar puertas en Mecca " + run);
        } finally {
            phone.quit();
        }

        String roster = "/staff/outreach/shifts/" + shiftId + "/roster";
        JsonNode signup = awaitConfirmedOnTheRoster("Rosa Campos");
        HttpResponse<String> checkedIn = admin.submitForm(roster + "?lang=es", roster + "/check-in",
                Map.of("signupId", signup.path("signupId").asString()));
        assertThat(checkedIn.statusCode()).as(checkedIn.body()).isEqualTo(200);
        assertThat(checkedIn.body()).contains("Llegada registrada.");
        assertThat(confirmedOnTheRoster("Rosa Campos").path("presence").asString()).isEqualTo("ATTENDED");
    }

    private static void check(WebDriver phone, String id) {
        var box = phone.findElement(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private JsonNode awaitConfirmedOnTheRoster(String name) {
        AtomicReference<JsonNode> entry = new AtomicReference<>();
        await(name + " confirmed on the roster").atMost(Organizer.PROPAGATION).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    entry.set(confirmedOnTheRoster(name));
                    return entry.get() != null;
                });
        return entry.get();
    }

    private JsonNode confirmedOnTheRoster(String name) {
        for (JsonNode entry : admin.getJson("/api/staff/outreach/shifts/" + shiftId + "/roster").path("confirmed")) {
            if (entry.path("name").asString().equals(name)) {
                return entry;
            }
        }
        return null;
    }
}
