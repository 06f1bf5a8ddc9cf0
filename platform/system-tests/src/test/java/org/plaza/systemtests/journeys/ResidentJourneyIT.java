package org.plaza.systemtests.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.plaza.systemtests.Chromium;
import org.plaza.systemtests.Mailbox;
import org.plaza.systemtests.Organizer;
import org.plaza.systemtests.PlatformJourney;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18's resident: on a 360 px phone in Spanish, they open the home page and from there only follow
 * links and press buttons, never type an address. They find the campaign, sign its petition and confirm
 * with the code from the email, go back to the home page, comment on the drive and confirm with the code
 * from that email, go back again and volunteer for the shift, confirming their address from the link in the
 * third email (double opt-in), and take the shift. Each page on the way fits the phone.
 */
class ResidentJourneyIT extends PlatformJourney {


    private final String address = "carmen.vega." + run + "@example.org";
    private Organizer.Openings openings;

    @BeforeAll
    void anOrganizerOpensAPetitionADriveAndAShift() {
        openings = organizer.openOneOfEach(organizer.launchCampaign("Sombra en Mecca", "Shade in Mecca"), run);
    }

    @Test
    void aResidentOnAPhoneSignsCommentsAndVolunteersByFollowingLinksFromTheHomePage(@TempDir Path profile) {
        Chromium.assumeAvailable();
        WebDriver phone = Chromium.phone(profile, "es");
        try {
            phone.get(stack.gatewayUrl() + "/?lang=es");
            awaitHeading(phone, "Campañas");
            openTheCampaignFromTheHomePage(phone);

            click(phone, card(phone, "petition", openings.petitionTitle()).findElement(By.cssSelector("a.button")));
            awaitHeading(phone, openings.petitionTitle());
            fitsThePhone(phone);
            phone.findElement(By.id("fullName")).sendKeys("Carmen Vega");
            phone.findElement(By.id("email")).sendKeys(address);
            new Select(phone.findElement(By.id("community"))).selectByValue("MECCA");
            click(phone, phone.findElement(By.xpath("//form[.//input[@id='fullName']]//button[@type='submit']")));
            Chromium.awaitUrl(phone, "/petitions/" + openings.petitionSlug() + "/check-email");
            phone.findElement(By.id("code")).sendKeys(stack.mailbox().awaitSubject(address, "Confirma tu firma").code());
            click(phone, phone.findElement(By.xpath("//form[contains(@action,'/confirm-code')]//button[@type='submit']")));
            Chromium.awaitText(phone, "Tu firma está confirmada y cuenta.");

            click(phone, phone.findElement(By.cssSelector("a.brand")));
            awaitHeading(phone, "Campañas");
            openTheCampaignFromTheHomePage(phone);
            click(phone, card(phone, "drive", openings.driveTitle()).findElement(By.cssSelector("a.button")));
            awaitHeading(phone, openings.driveTitle());
            fitsThePhone(phone);
            phone.findElement(By.id("name")).sendKeys("Carmen Vega");
            new Select(phone.findElement(By.id("community"))).selectByValue("MECCA");
            phone.findElement(By.id("email")).sendKeys(address);
            phone.findElement(By.id("position-SUPPORT")).click();
            String comment = "En la parada no hay sombra y los niños esperan al sol.";
            phone.findElement(By.id("comment")).sendKeys(comment);
            click(phone, phone.findElement(By.xpath("//form[.//input[@id='name']]//button[@type='submit']")));
            Chromium.awaitUrl(phone, "/comments/confirm/");
            assertThat(phone.findElement(By.xpath("//section[.//*[@id='draft-title']]")).getText())
                    .as("the code page shows the words the code confirms").contains(comment);
            phone.findElement(By.id("code")).sendKeys(stack.mailbox().awaitSubject(address, "Confirma tu comentario").code());
            click(phone, phone.findElement(By.xpath("//form[contains(@action,'/comments/confirm/')]//button[@type='submit']")));
            Chromium.awaitText(phone, "tu comentario está confirmado");

            click(phone, phone.findElement(By.cssSelector("a.brand")));
            awaitHeading(phone, "Campañas");
            openTheCampaignFromTheHomePage(phone);
            click(phone, card(phone, "shift", openings.shiftTitle()).findElement(By.cssSelector("a.button")));
            awaitHeading(phone, openings.shiftTitle());
            click(phone, phone.findElement(By.id("sign-up")));
            Chromium.awaitUrl(phone, "/outreach/volunteer");
            fitsThePhone(phone);
            phone.findElement(By.id("name")).sendKeys("Carmen Vega");
            phone.findElement(By.id("email")).sendKeys(address);
            new Select(phone.findElement(By.id("community"))).selectByValue("MECCA");
            check(phone, "languages-ES");
            check(phone, "ageGroup-ADULT");
            check(phone, "contactConsent");
            click(phone, phone.findElement(By.xpath("//form[.//input[@id='name']]//button[@type='submit']")));
            Chromium.awaitPage(phone, "the check-your-email answer", page -> page.findElement(By.id("received")).getText()
                    .contains("Revisa tu correo"));
            phone.get(stack.mailbox().awaitSubject(address, "Confirma tu correo para ser voluntario")
                    .link("/outreach/volunteer/confirm"));
            click(phone, phone.findElement(By.id("confirm")));
            Chromium.awaitPage(phone, "the volunteer's welcome", page -> page.findElement(By.id("welcome")).getText()
                    .contains("Ya estás inscrito como voluntario"));
            assertThat(phone.findElement(By.id("focus-title")).getText()).isEqualTo(openings.shiftTitle());
            click(phone, phone.findElement(By.cssSelector("#focus form button[type=submit]")));
            Chromium.awaitUrl(phone, "/outreach/signups/");
        } finally {
            phone.quit();
        }

        await("Carmen Vega confirmed on the shift's roster").atMost(Organizer.PROPAGATION)
                .pollInterval(Duration.ofSeconds(1)).until(() -> onTheRoster("Carmen Vega"));
        assertThat(stack.mailbox().messagesTo(address)).extracting(Mailbox.Mail::subject)
                .anyMatch(subject -> subject.contains("Confirma tu firma"))
                .anyMatch(subject -> subject.contains("Confirma tu comentario"));
    }

    private void openTheCampaignFromTheHomePage(WebDriver phone) {
        fitsThePhone(phone);
        click(phone, phone.findElement(By.linkText(openings.campaignTitle())));
        awaitHeading(phone, openings.campaignTitle());
        fitsThePhone(phone);
    }

    /** The campaign page's card of one item: {@code kind} is petition, drive or shift. */
    private static WebElement card(WebDriver phone, String kind, String title) {
        return phone.findElement(By.xpath("//article[contains(concat(' ', @class, ' '), ' " + kind + " ')]"
                + "[.//h4[normalize-space()='" + title + "']]"));
    }

    /** Clicks and waits until the browser has left the page (a new address, fully loaded). */
    private static void click(WebDriver phone, WebElement element) {
        String before = phone.getCurrentUrl();
        Object marker = ((JavascriptExecutor) phone).executeScript(
                "return window.__journeyMarker = Math.random().toString();");
        element.click();
        Chromium.awaitPage(phone, "a new page after a click on " + before, page -> {
            JavascriptExecutor script = (JavascriptExecutor) page;
            return !marker.equals(script.executeScript("return window.__journeyMarker || ''"))
                    && "complete".equals(script.executeScript("return document.readyState"));
        });
    }

    /** Waits for the page's {@code h1} to start with {@code text}, then fails with the page if it is another. */
    private static void awaitHeading(WebDriver phone, String text) {
        Chromium.awaitPage(phone, "a heading on " + phone.getCurrentUrl(),
                page -> !page.findElements(By.tagName("h1")).isEmpty());
        assertThat(phone.findElement(By.tagName("h1")).getText())
                .as("the page at %s (%s)", phone.getCurrentUrl(), phone.getTitle()).startsWith(text);
    }

    private static void fitsThePhone(WebDriver phone) {
        assertThat(((Number) ((JavascriptExecutor) phone).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
                .as("no sideways scrolling at 360 px on %s", phone.getCurrentUrl()).isLessThanOrEqualTo(0);
    }

    private static void check(WebDriver phone, String id) {
        WebElement box = phone.findElement(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private boolean onTheRoster(String name) {
        JsonNode roster = admin.getJson("/api/staff/outreach/shifts/" + openings.shiftId() + "/roster");
        for (JsonNode entry : roster.path("confirmed")) {
            if (entry.path("name").asString().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
