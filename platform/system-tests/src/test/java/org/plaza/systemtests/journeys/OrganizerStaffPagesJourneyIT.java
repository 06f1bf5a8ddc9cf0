package org.plaza.systemtests.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.plaza.systemtests.Chromium;
import org.plaza.systemtests.Organizer;
import org.plaza.systemtests.PageForm;
import org.plaza.systemtests.PlatformJourney;
import org.plaza.systemtests.StaffClient;

/**
 * Issue 18's organizer, on the staff pages only (HTML forms posted as a browser posts them, with the
 * page's CSRF field; never the JSON API), in Spanish, through the gateway: the administrator invites them;
 * they sign in with the one-time password and choose their own; they write a campaign in both languages,
 * add the administrator to its team and launch it; they write and publish a petition, add a public body,
 * open a comment drive before it and schedule a shift; they open its roster, also on their phone (Chromium
 * at 360 px, when installed). They look up staff ids in the directory while the team form is open, as in
 * another tab: that must not expire the form. Finally the campaign's public page shows the petition, the
 * drive and the shift.
 */
class OrganizerStaffPagesJourneyIT extends PlatformJourney {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final Pattern ID_IN_PATH = Pattern.compile("/staff/campaigns/([\\w-]+)");
    private static final String NEW_PASSWORD = "saguaro morning market 31";

    @Test
    void anInvitedOrganizerRunsACampaignFromTheStaffPagesInSpanish(@TempDir Path profile) {
        String username = "ines" + run;
        HttpResponse<String> invited = PageForm.on(admin.get("/staff/identity/accounts?lang=es"), "/staff/identity/accounts")
                .set("username", username).set("displayName", "Inés Robles " + run).set("roles", "ORGANIZER")
                .submit(admin);
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
        String oneTimePassword = PageForm.page(invited).selectFirst("#one-time-password").text();

        StaffClient ines = new StaffClient(stack.gatewayUrl());
        HttpResponse<String> campaigns = signIn(ines, "/staff/campaigns?lang=es", username, oneTimePassword);
        assertThat(campaigns.uri().getPath()).isEqualTo("/staff/campaigns");
        assertThat(html(campaigns).title()).startsWith("Tus campañas");

        String title = "Transporte para Oasis " + run;
        HttpResponse<String> created = PageForm.on(follow(ines, campaigns, "/staff/campaigns/new"), "/staff/campaigns")
                .set("title.es", title).set("title.en", "Transit for Oasis " + run)
                .set("summary.es", "Un autobús que llegue a Oasis.").set("summary.en", "A bus that reaches Oasis.")
                .set("story.es", "Las familias caminan una hora.\n\nQueremos una ruta.")
                .set("story.en", "Families walk for an hour.\n\nWe want a route.")
                .set("issueArea", "PARKS_AND_TRANSPORTATION").set("communities", "OASIS", "MECCA")
                .set("startsOn", LocalDate.now(LOS_ANGELES).toString())
                .submit(ines);
        assertThat(notice(created)).isEqualTo("Campaña creada. Lánzala cuando los dos idiomas estén completos.");
        Matcher id = ID_IN_PATH.matcher(created.uri().getPath());
        assertThat(id.find()).as(created.uri().toString()).isTrue();
        String campaignId = id.group(1);
        String campaignPath = "/staff/campaigns/" + campaignId;

        // The team form stays open while the directory, in another tab, gives the staff ids: opening a staff page
        // must not expire a form that is already open.
        String adminId = staffIdOf(ines, "Administración");
        String inesId = staffIdOf(ines, "Inés Robles " + run);

        HttpResponse<String> team = PageForm.on(created, campaignPath + "/team")
                .set("organizerStaffIds", inesId + "\n" + adminId).submit(ines);
        assertThat(notice(team)).isEqualTo("Equipo guardado.");

        HttpResponse<String> launched = PageForm.on(team, campaignPath + "/launch").submit(ines);
        assertThat(notice(launched)).isEqualTo("Campaña lanzada: los residentes ya la pueden ver.");
        Element publicPage = html(launched).selectFirst("a:contains(Ver la página pública)");
        assertThat(publicPage).as(launched.body()).isNotNull();
        String campaignPage = URI.create(publicPage.attr("abs:href")).getPath();

        String petitionTitle = "Una ruta de autobús a Oasis " + run;
        HttpResponse<String> petitionForm = awaitFormOffering(ines,
                follow(ines, ines.get("/staff/petitions?lang=es"), "/staff/petitions/new"), "/staff/petitions",
                "campaignId", campaignId);
        HttpResponse<String> petition = PageForm.on(petitionForm, "/staff/petitions")
                .set("campaignId", campaignId).set("titleEs", petitionTitle).set("titleEn", "A bus route to Oasis " + run)
                .set("textEs", "Pedimos una ruta diaria entre Oasis y Mecca.")
                .set("textEn", "We ask for a daily route between Oasis and Mecca.")
                .set("decisionMakerEs", "Agencia de tránsito del valle").set("decisionMakerEn", "Valley transit agency")
                .set("signatureGoal", "50").set("milestones", "10, 25").set("communities", "OASIS")
                .set("closesAt", dateTime(LocalDateTime.now(LOS_ANGELES).plusDays(30).withHour(18)))
                .submit(ines);
        assertThat(petition.uri().getPath()).as(petition.body()).matches("/staff/petitions/[\\w-]+");
        String petitionPath = petition.uri().getPath();
        HttpResponse<String> published = PageForm.on(petition, petitionPath + "/publish").submit(ines);
        assertThat(published.uri().getPath()).isEqualTo(petitionPath);
        assertThat(html(published).select("a:contains(Ver la página pública)")).as(published.body()).isNotEmpty();

        String bodyName = "Junta de Transporte " + run;
        HttpResponse<String> bodies = PageForm.on(follow(ines, ines.get("/staff/comments/bodies?lang=es"),
                "/staff/comments/bodies/new"), "/staff/comments/bodies")
                .set("name", bodyName).set("clerkEmail", "secretaria." + run + "@example.org")
                .set("timeZone", "America/Los_Angeles").set("kind", "WATER_DISTRICT_BOARD")
                .set("clerkLanguage", "es").set("meetingLanguage", "en")
                .set("deadlineHoursBeforeMeeting", "24").set("commentLengthLimit", "3000")
                .submit(ines);
        assertThat(bodies.uri().getPath()).as(bodies.body()).isEqualTo("/staff/comments/bodies");
        assertThat(html(bodies).text()).contains(bodyName);

        String driveTitle = "Ruta 91 a Oasis " + run;
        LocalDateTime meeting = LocalDateTime.now(LOS_ANGELES).plusDays(5).withHour(18).truncatedTo(ChronoUnit.HOURS);
        HttpResponse<String> driveForm = awaitFormOffering(ines,
                follow(ines, ines.get("/staff/comments/drives?lang=es"), "/staff/comments/drives/new"),
                "/staff/comments/drives", "campaignId", campaignId);
        HttpResponse<String> drive = PageForm.on(driveForm, "/staff/comments/drives")
                .set("campaignId", campaignId).choose("publicBodyId", bodyName)
                .set("meetingStartsAt", dateTime(meeting)).set("commentDeadline", dateTime(meeting.minusDays(2)))
                .set("agendaItemNumber", "3").set("titleEs", driveTitle).set("titleEn", "Route 91 to Oasis " + run)
                .set("decisionEs", "La junta decide las rutas de 2027.").set("decisionEn", "The board decides the 2027 routes.")
                .set("talkingPointsEs", "Pida una ruta diaria.").set("talkingPointsEn", "Ask for a daily route.")
                .set("speakingRequestsAllowed", "true")
                .submit(ines);
        assertThat(drive.uri().getPath()).as(drive.body()).matches("/staff/comments/drives/[\\w-]+");
        assertThat(html(drive).text()).contains(driveTitle);

        String shiftTitle = "Encuesta en la parada de Oasis " + run;
        LocalDateTime shiftStart = LocalDateTime.now(LOS_ANGELES).plusDays(2).withHour(9).truncatedTo(ChronoUnit.HOURS);
        HttpResponse<String> outreach = awaitPage(ines, "/staff/outreach/campaigns/" + campaignId + "?lang=es",
                page -> page.statusCode() == 200);
        HttpResponse<String> shift = PageForm.on(follow(ines, outreach, "/staff/outreach/campaigns/" + campaignId
                + "/shifts/new"), "/staff/outreach/campaigns/" + campaignId + "/shifts")
                .set("activity", "CANVASS").set("titleEs", shiftTitle).set("titleEn", "Bus stop survey in Oasis " + run)
                .set("descriptionEs", "Preguntamos a quien espera el autobús.")
                .set("descriptionEn", "We ask people waiting for the bus.")
                .set("community", "OASIS").set("address", "Parada de la calle 70, Oasis")
                .set("startsAt", dateTime(shiftStart)).set("endsAt", dateTime(shiftStart.plusHours(3)))
                .set("capacity", "6").set("minimumVolunteers", "2").set("languagesNeeded", "es", "en")
                .submit(ines);
        assertThat(shift.uri().getPath()).as(shift.body()).isEqualTo("/staff/outreach/campaigns/" + campaignId);
        assertThat(html(shift).selectFirst("#done").text()).isEqualTo("El turno está programado.");

        Element rosterLink = html(shift).select("h3 a[href*=/roster]").stream()
                .filter(link -> link.text().equals(shiftTitle)).findFirst()
                .orElseThrow(() -> new AssertionError("No roster link for " + shiftTitle + ":\n" + shift.body()));
        HttpResponse<String> roster = ines.get(rosterLink.attr("abs:href"));
        assertThat(roster.statusCode()).as(roster.body()).isEqualTo(200);
        assertThat(html(roster).select("main").text()).contains(shiftTitle);
        if (Chromium.available()) {
            theRosterOnTheOrganizersPhone(ines, rosterLink.attr("abs:href"), shiftTitle, profile);
        }

        StaffClient resident = new StaffClient(stack.gatewayUrl());
        await("the public campaign page shows the petition, the drive and the shift").atMost(Organizer.PROPAGATION)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    String page = html(resident.get(campaignPage + "?lang=es")).select("main").text();
                    return page.contains(title) && page.contains(petitionTitle) && page.contains(driveTitle)
                            && page.contains(shiftTitle);
                });
    }

    /** The organizer opens the roster on their phone (the session handed to Chromium): it is there, in Spanish, and fits. */
    private void theRosterOnTheOrganizersPhone(StaffClient organizer, String roster, String shiftTitle, Path profile) {
        WebDriver phone = Chromium.phone(profile, "es");
        try {
            phone.get(stack.gatewayUrl() + "/plaza/plaza.css");
            phone.manage().addCookie(new Cookie.Builder("plaza_session", organizer.cookie("plaza_session")).path("/")
                    .isHttpOnly(true).sameSite("Lax").build());
            phone.get(roster);
            Chromium.awaitText(phone, shiftTitle);
            assertThat(phone.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
            assertThat(((Number) ((JavascriptExecutor) phone).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
                    .as("no sideways scrolling at 360 px").isLessThanOrEqualTo(0);
        } finally {
            phone.quit();
        }
    }

    /**
     * Signs in at identity as a browser does: the staff page sends them to the sign-in form, the one-time
     * password leads to the forced change, and they land on the page they asked for. Staff sign-ins are
     * rate-limited per address and other journeys sign in too, so a 429 waits and tries again.
     */
    private HttpResponse<String> signIn(StaffClient client, String page, String username, String oneTimePassword) {
        HttpResponse<String> signInPage = client.followAll(client.get(page));
        assertThat(signInPage.uri().getPath()).isEqualTo("/identity/sign-in");
        assertThat(html(signInPage).title()).startsWith("Acceso del personal");
        HttpResponse<String> signedIn = notRateLimited(() -> PageForm.on(client.followAll(client.get(page)),
                "/identity/sign-in").set("username", username).set("password", oneTimePassword).post(client));
        HttpResponse<String> passwordPage = client.followAll(signedIn);
        assertThat(passwordPage.uri().getPath()).isEqualTo("/identity/password");
        assertThat(html(passwordPage).title()).startsWith("Cambia tu contraseña");
        HttpResponse<String> changed = notRateLimited(() -> PageForm.on(client.get("/identity/password"),
                "/identity/password").set("currentPassword", oneTimePassword).set("newPassword", NEW_PASSWORD)
                .set("confirmation", NEW_PASSWORD).post(client));
        return client.followAll(changed);
    }

    private static HttpResponse<String> notRateLimited(java.util.function.Supplier<HttpResponse<String>> post) {
        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
        await("a staff sign-in the rate limit lets through").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(5))
                .until(() -> {
                    answer.set(post.get());
                    return answer.get().statusCode() != 429;
                });
        return answer.get();
    }

    /** Follows the link on {@code page} whose path is {@code path}, as a click on it does. */
    private static HttpResponse<String> follow(StaffClient client, HttpResponse<String> page, String path) {
        Element link = html(page).select("a[href]").stream()
                .filter(a -> URI.create(a.attr("abs:href")).getPath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("No link to " + path + " on " + page.uri() + ":\n" + page.body()));
        HttpResponse<String> next = client.followAll(client.get(link.attr("abs:href")));
        assertThat(next.statusCode()).as(next.uri() + ": " + next.body()).isEqualTo(200);
        return next;
    }

    /** Reloads a form until its list {@code list} offers {@code value} (the service heard of the campaign over Kafka). */
    private static HttpResponse<String> awaitFormOffering(StaffClient client, HttpResponse<String> first, String action,
            String list, String value) {
        String address = first.uri().toString();
        return awaitPage(client, address, page -> page.statusCode() == 200 && PageForm.on(page, action).offers(list, value));
    }

    private static HttpResponse<String> awaitPage(StaffClient client, String address,
            Predicate<HttpResponse<String>> ready) {
        AtomicReference<HttpResponse<String>> page = new AtomicReference<>();
        await(address).atMost(Organizer.PROPAGATION).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    page.set(client.followAll(client.get(address)));
                    return ready.test(page.get());
                });
        return page.get();
    }

    /** The staff id of the colleague whose row in the directory page mentions {@code rowText}. */
    private static String staffIdOf(StaffClient client, String rowText) {
        HttpResponse<String> directory = client.get("/staff/identity/directory?lang=es");
        return html(directory).select("#directory tbody tr").stream()
                .filter(row -> row.text().contains(rowText)).findFirst()
                .map(row -> row.selectFirst("code").text())
                .orElseThrow(() -> new AssertionError("Nobody like " + rowText + " in the directory:\n" + directory.body()));
    }

    private static String notice(HttpResponse<String> page) {
        Element notice = html(page).selectFirst("p.notice.success");
        assertThat(notice).as(page.uri() + " (" + page.statusCode() + "):\n" + page.body()).isNotNull();
        return notice.text();
    }

    private static Document html(HttpResponse<String> page) {
        return PageForm.page(page);
    }

    /** A {@code datetime-local} field's value. */
    private static String dateTime(LocalDateTime time) {
        return time.truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
