package org.plaza.outreach.shift.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.plaza.outreach.shift.Shift;
import org.plaza.outreach.shift.Shifts;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.training.TrainingSeries;
import org.plaza.outreach.training.Trainings;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.testsupport.forms.FormChoices;
import org.plaza.testsupport.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The organizer's scheduling pages, as the gateway reaches them (the signed-in staff member's token relayed as
 * a bearer token): schedule a shift or a training series, see it on the campaign with its fill level, call it
 * off; refusals next to their fields in Spanish and English with what was typed kept; only the campaign's team.
 */
@OutreachTest
class StaffSchedulingPagesTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private static final Pattern SHIFT_ID = Pattern.compile("item=(shf_[^&\"]+)");
    private static final Pattern TRAINING_ID = Pattern.compile("item=(trn_[^&\"]+)");

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired Shifts shifts;
    @Autowired Trainings trainings;
    @Autowired MessageSource messages;

    @Test
    void anOrganizerSchedulesAShiftOnThePageInLosAngelesTimeAndSeesItOnTheCampaignWithItsFillLevel() throws Exception {
        Team team = scenario.team();
        String form = page(get("/staff/outreach/campaigns/" + team.campaignId() + "/shifts/new"), team.bearer());
        assertThat(form).contains("<html lang=\"es\"", "Programar un turno", "name=\"_csrf\"", "America/Los_Angeles",
                "Tocar puertas", "Líder de equipo", "type=\"datetime-local\"").doesNotContain("<script", "style=\"");
        for (String field : new String[] { "activity", "titleEs", "titleEn", "descriptionEs", "descriptionEn", "community",
                "address", "startsAt", "endsAt", "capacity", "minimumVolunteers", "languagesNeeded-es", "roles-CANVASSER",
                "requiredTrainingId", "leadStaffId" }) {
            assertThat(form).contains("for=\"" + field + "\"", "id=\"" + field + "\"");
        }
        LocalDateTime start = Scenario.local(Instant.now(), 4, LocalTime.of(9, 0));

        String location = mvc.perform(valid(schedule(team.campaignId(), team.bearer()), start, "Parque " + Scenario.next())
                .param("roles", "CANVASSER", "INTERPRETER").param("languagesNeeded", "en").param("minimumVolunteers", "2"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(location).startsWith("/staff/outreach/campaigns/" + team.campaignId() + "?done=scheduled&item=shf_");
        Shift shift = shifts.findById(find(SHIFT_ID, location)).orElseThrow();
        assertThat(shift.startsAt()).isEqualTo(start.atZone(Scenario.ZONE).toInstant());
        assertThat(shift.endsAt()).isEqualTo(start.plusHours(3).atZone(Scenario.ZONE).toInstant());
        assertThat(shift.roles()).containsExactly("CANVASSER", "INTERPRETER");
        assertThat(shift.languagesNeeded()).containsExactly("es", "en");
        assertThat(shift.minimumVolunteers()).isEqualTo(2);
        assertThat(shift.leadStaffId()).isEqualTo(team.organizer());
        scenario.signUp(shift.id(), scenario.volunteer("MECCA").id());

        String campaign = page(get(location), team.bearer());
        assertThat(campaign).contains("El turno está programado.", "Tocar puertas en el parque",
                "1 de 6 lugares ocupados, nadie en espera", "/staff/outreach/shifts/" + shift.id() + "/roster",
                "/staff/outreach/shifts/" + shift.id() + "/cancel", "Programar una capacitación");
        assertThat(page(get(location + "&lang=en"), team.bearer())).contains("The shift is scheduled.", "Door knocking in the park",
                "1 of 6 places taken, nobody waiting", "Roster and check-in");
    }

    @Test
    void everyStaffPageCarriesTheStaffNavigationWithCampaignsCurrentAndSignOut() throws Exception {
        Team team = scenario.team();

        assertThat(page(get("/staff/outreach/campaigns/" + team.campaignId() + "?lang=en"), team.bearer())).contains(
                "<nav class=\"staff-nav\" aria-label=\"Staff\">",
                "<a href=\"/staff/campaigns\" aria-current=\"page\">Campaigns</a>",
                "<a href=\"/staff/supporters\">Supporters</a>", "<a href=\"/sign-out\">Sign out</a>");
    }

    @Test
    void theShiftFormAndTheResidentFilterOfferExactlyThePlatformsCommunitiesAndLanguages() throws Exception {
        Vocabulary platform = Vocabulary.platformDefaults();
        Team team = scenario.team();
        String form = page(get("/staff/outreach/campaigns/" + team.campaignId() + "/shifts/new?lang=en"), team.bearer());

        assertThat(FormChoices.of(form, "community")).containsExactlyElementsOf(Vocabulary.codes(platform.communities()));
        assertThat(FormChoices.of(form, "languagesNeeded")).containsExactlyElementsOf(Vocabulary.codes(platform.siteLanguages()));
        assertThat(form).contains("Desert Hot Springs", "Spanish");
        String shifts = mvc.perform(get("/outreach/shifts")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(FormChoices.of(shifts, "community")).containsExactlyElementsOf(Vocabulary.codes(platform.communities()));
    }

    @Test
    void refusalsAppearNextToTheirFieldsInSpanishAndEnglishWithWhatWasTypedKept() throws Exception {
        Team team = scenario.team();
        LocalDateTime start = Scenario.local(Instant.now(), 5, LocalTime.of(10, 0));
        for (Locale locale : new Locale[] { ES, Locale.ENGLISH }) {
            String page = mvc.perform(post("/staff/outreach/campaigns/" + team.campaignId() + "/shifts?lang=" + locale.getLanguage())
                    .header(HttpHeaders.AUTHORIZATION, team.bearer())
                    .param("activity", "PHONE_BANK").param("titleEs", "Llamadas <b>urgentes</b>").param("titleEn", "Urgent calls")
                    .param("community", "ATLANTIS").param("address", "Oficina 12").param("startsAt", start.toString())
                    .param("endsAt", start.minusHours(1).toString()).param("capacity", "0").param("languagesNeeded", "en"))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

            assertThat(page).contains("id=\"error-summary\"", text("staff.schedule.errors", locale));
            assertThat(errorOf(page, "endsAt")).isEqualTo(text("shift.error.ends-at.before-start", locale));
            assertThat(errorOf(page, "capacity")).isEqualTo(text("shift.error.capacity.positive", locale));
            assertThat(errorOf(page, "community")).isEqualTo(text("shift.error.community.unknown", locale));
            assertThat(page).contains("aria-describedby=\"time-hint endsAt-error\"", "href=\"#capacity\"",
                    "value=\"Llamadas &lt;b&gt;urgentes&lt;/b&gt;\"", "value=\"Oficina 12\"", "value=\"" + start + "\"",
                    "value=\"PHONE_BANK\" selected=\"selected\"", "id=\"languagesNeeded-en\" value=\"en\" checked=\"checked\"");
        }

        LocalDateTime past = Scenario.local(Instant.now(), -1, LocalTime.of(9, 0));
        String pastPage = refused(valid(schedule(team.campaignId(), team.bearer()), past, "Parque pasado", "dos"), 400);
        assertThat(errorOf(pastPage, "startsAt")).isEqualTo(text("shift.error.starts-at.past", ES));
        assertThat(errorOf(pastPage, "capacity")).isEqualTo(text("staff.schedule.error.number", ES));
        assertThat(pastPage).contains("value=\"dos\"");
        assertThat(shifts.findByCampaignIdOrderByStartsAtAsc(team.campaignId())).isEmpty();
    }

    @Test
    void aShiftOverlappingAnotherAtTheSamePlaceIsRefusedAtItsStartTime() throws Exception {
        Team team = scenario.team();
        LocalDateTime start = Scenario.local(Instant.now(), 6, LocalTime.of(9, 0));
        String place = "Centro comunitario " + Scenario.next();
        scenario.scheduleShift(team, team.shift().set("address", place).at(start, start.plusHours(3)));

        Team other = scenario.team();
        for (Locale locale : new Locale[] { ES, Locale.ENGLISH }) {
            String page = refused(valid(post("/staff/outreach/campaigns/" + other.campaignId() + "/shifts?lang=" + locale.getLanguage()),
                    start.plusHours(1), place.toUpperCase() + ".").header(HttpHeaders.AUTHORIZATION, other.bearer()), 409);
            assertThat(errorOf(page, "startsAt")).startsWith(text("outreach.problem.overlap.place", locale).split("\\(")[0]);
        }
        assertThat(shifts.findByCampaignIdOrderByStartsAtAsc(other.campaignId())).isEmpty();
    }

    @Test
    void aTrainingSeriesIsScheduledFromTheFilledRowsAndASessionErrorStaysOnItsRow() throws Exception {
        Team team = scenario.team();
        String form = page(get("/staff/outreach/campaigns/" + team.campaignId() + "/trainings/new?lang=en"), team.bearer());
        assertThat(form).contains("Schedule a training series", "id=\"sessions-2-endsAt\"", "Add a session", "name=\"_csrf\"")
                .doesNotContain("sessions-3-startsAt");
        LocalDateTime first = Scenario.local(Instant.now(), 7, LocalTime.of(18, 0));
        LocalDateTime second = first.plusDays(7);
        String place = "Biblioteca " + Scenario.next();

        String more = page(training(team.campaignId(), team.bearer(), place).param("sessions[0].startsAt", first.toString())
                .param("sessions[2].startsAt", "").param("more", "1"));
        assertThat(more).contains("id=\"sessions-3-startsAt\"", "value=\"" + first + "\"").doesNotContain("error-summary");

        String refused = refused(training(team.campaignId(), team.bearer(), place).param("sessions[0].startsAt", first.toString())
                .param("sessions[0].endsAt", first.plusHours(2).toString()).param("sessions[2].startsAt", second.toString())
                .param("sessions[2].endsAt", second.minusHours(2).toString()), 400);
        assertThat(errorOf(refused, "sessions-2-endsAt")).isEqualTo(text("shift.error.ends-at.before-start", ES));
        assertThat(refused).contains("value=\"" + second.minusHours(2) + "\"").doesNotContain("id=\"sessions-0-endsAt-error\"");

        String location = mvc.perform(training(team.campaignId(), team.bearer(), place).param("sessions[0].startsAt", first.toString())
                .param("sessions[0].endsAt", first.plusHours(2).toString()).param("sessions[2].startsAt", second.toString())
                .param("sessions[2].endsAt", second.plusHours(2).toString())).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        TrainingSeries series = trainings.findById(find(TRAINING_ID, location)).orElseThrow();
        assertThat(series.sessions()).isEqualTo(2);
        List<Shift> sessions = shifts.findAllById(series.sessionShiftIds());
        assertThat(sessions).extracting(Shift::startsAt).containsExactlyInAnyOrder(first.atZone(Scenario.ZONE).toInstant(),
                second.atZone(Scenario.ZONE).toInstant());
        assertThat(page(get(location), team.bearer())).contains("La capacitación está programada.", "Justicia restaurativa",
                "sesión 2 / 2");
        assertThat(page(get("/staff/outreach/campaigns/" + team.campaignId() + "/shifts/new"), team.bearer()))
                .contains("value=\"" + series.id() + "\"");
    }

    @Test
    void anOrganizerCancelsAShiftAfterConfirmingAndItShowsAsCancelled() throws Exception {
        Team team = scenario.team();
        String shiftId = scenario.scheduleShift(team, team.shift());

        assertThat(page(get("/staff/outreach/shifts/" + shiftId + "/cancel?lang=en"), team.bearer()))
                .contains("Cancel a shift", "Yes, cancel the shift", "name=\"_csrf\"");
        String location = mvc.perform(post("/staff/outreach/shifts/" + shiftId + "/cancel")
                .header(HttpHeaders.AUTHORIZATION, team.bearer())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(shifts.findById(shiftId).orElseThrow().status()).isEqualTo(Shift.Status.CANCELLED);
        assertThat(page(get(location), team.bearer())).contains("El turno está cancelado.", "Este turno fue cancelado.")
                .doesNotContain("/staff/outreach/shifts/" + shiftId + "/cancel\"");
        String again = refused(post("/staff/outreach/shifts/" + shiftId + "/cancel").header(HttpHeaders.AUTHORIZATION,
                team.bearer()), 409);
        assertThat(again).contains("id=\"refusal\"", escape(text("outreach.problem.shift-cancelled", ES)))
                .doesNotContain("Sí, cancelar el turno");
    }

    @Test
    void onlyTheCampaignsTeamReachesItsSchedulingPages() throws Exception {
        Team team = scenario.team();
        String shiftId = scenario.scheduleShift(team, team.shift());
        String newShift = "/staff/outreach/campaigns/" + team.campaignId() + "/shifts/new";
        LocalDateTime start = Scenario.local(Instant.now(), 8, LocalTime.of(9, 0));

        mvc.perform(get(newShift)).andExpect(status().isUnauthorized());
        mvc.perform(get(newShift).header(HttpHeaders.AUTHORIZATION, scenario.bearer("mod-" + Scenario.next(), Role.MODERATOR)))
                .andExpect(status().isForbidden());
        String outsider = scenario.organizerBearer(scenario.organizer());
        mvc.perform(get(newShift).header(HttpHeaders.AUTHORIZATION, outsider)).andExpect(status().isForbidden());
        mvc.perform(get("/staff/outreach/campaigns/" + team.campaignId() + "/trainings/new")
                .header(HttpHeaders.AUTHORIZATION, outsider)).andExpect(status().isForbidden());
        mvc.perform(valid(schedule(team.campaignId(), outsider), start, "Parque ajeno")).andExpect(status().isForbidden());
        mvc.perform(get("/staff/outreach/shifts/" + shiftId + "/cancel").header(HttpHeaders.AUTHORIZATION, outsider))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/outreach/shifts/" + shiftId + "/cancel").header(HttpHeaders.AUTHORIZATION, outsider))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/outreach/campaigns/" + team.campaignId()).header(HttpHeaders.AUTHORIZATION, outsider))
                .andExpect(status().isForbidden());

        assertThat(shifts.findByCampaignIdOrderByStartsAtAsc(team.campaignId())).extracting(Shift::id).containsExactly(shiftId);
        assertThat(shifts.findById(shiftId).orElseThrow().status()).isEqualTo(Shift.Status.SCHEDULED);
        mvc.perform(get(newShift).header(HttpHeaders.AUTHORIZATION, scenario.bearer("admin-" + Scenario.next(), Role.ADMIN)))
                .andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder schedule(String campaignId, String bearer) {
        return post("/staff/outreach/campaigns/" + campaignId + "/shifts").header(HttpHeaders.AUTHORIZATION, bearer);
    }

    private MockHttpServletRequestBuilder training(String campaignId, String bearer, String place) {
        return post("/staff/outreach/campaigns/" + campaignId + "/trainings").header(HttpHeaders.AUTHORIZATION, bearer)
                .param("titleEs", "Justicia restaurativa").param("titleEn", "Restorative justice").param("community", "COACHELLA")
                .param("address", place).param("capacity", "40").param("minimumVolunteers", "0").param("languagesNeeded", "es", "en")
                .param("sessions[1].startsAt", "").param("sessions[1].endsAt", "");
    }

    private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, LocalDateTime start, String address) {
        return valid(request, start, address, "6");
    }

    private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, LocalDateTime start, String address,
            String capacity) {
        return request.param("activity", "CANVASS").param("titleEs", "Tocar puertas en el parque")
                .param("titleEn", "Door knocking in the park").param("community", "MECCA").param("address", address)
                .param("startsAt", start.toString()).param("endsAt", start.plusHours(3).toString()).param("capacity", capacity)
                .param("languagesNeeded", "es");
    }

    private String page(MockHttpServletRequestBuilder request, String bearer) throws Exception {
        return page(request.header(HttpHeaders.AUTHORIZATION, bearer));
    }

    /** The page a refused form comes back on, with the refusal's status (400 for a field, 409 for a conflict). */
    private String refused(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The page a request already carrying its token answers. */
    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, new Object[] { "x", "y" }, locale);
    }

    /** The text of the error shown next to the field {@code id}. */
    private static String errorOf(String page, String id) {
        Matcher error = Pattern.compile("id=\"" + Pattern.quote(id) + "-error\"[^>]*>([^<]*)<").matcher(page);
        assertThat(error.find()).as("an error next to " + id).isTrue();
        return HtmlUtils.htmlUnescape(error.group(1));
    }

    /** Text as Thymeleaf escapes it (markup characters only; letters such as "í" stay as they are). */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
        return matcher.group(1);
    }
}
